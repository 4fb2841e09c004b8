using System.Net;
using System.Net.Sockets;

namespace Chronicle.Articles;

/// <summary>Which addresses a fetch may connect to: public unicast only, so a feed cannot make Chronicle probe a local network.</summary>
internal static class AddressPolicy
{
    private static readonly (IPNetwork Network, string Kind)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "shared (carrier-grade NAT)"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fc00::/7"), "unique-local"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    /// <summary>The kind of a refused address ("loopback", "private", ...), or null when it is public.</summary>
    public static string? RefusedKind(IPAddress address)
    {
        // "::ffff:127.0.0.1" reaches 127.0.0.1; judge the IPv4 address it carries.
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        foreach (var (network, kind) in Refused)
        {
            if (network.Contains(address))
                return kind;
        }

        return address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 ? null : "non-IP";
    }
}
