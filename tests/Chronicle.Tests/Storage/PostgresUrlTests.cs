using Chronicle.Storage;
using Npgsql;

namespace Chronicle.Tests.Storage;

public sealed class PostgresUrlTests
{
    [Fact]
    public void A_full_url_gives_host_port_database_and_decoded_credentials()
    {
        var settings = Settings("postgresql://news%20desk:p%40ss%3Aw%2Frd@db.example.org:6543/chronicle%5Fnews");

        Assert.Equal(("db.example.org", 6543, "chronicle_news"), (settings.Host, settings.Port, settings.Database));
        Assert.Equal(("news desk", "p@ss:w/rd"), (settings.Username, settings.Password));
    }

    [Fact]
    public void The_short_scheme_and_missing_parts_take_the_defaults()
    {
        var settings = Settings("postgres://reader@localhost");

        Assert.Equal(("localhost", PostgresUrl.DefaultPort, "reader", null), (settings.Host, settings.Port, settings.Username, settings.Password));
        Assert.Null(settings.Database);
    }

    [Fact]
    public void An_ipv6_host_loses_its_brackets_and_options_become_connection_settings()
    {
        var settings = Settings("postgresql://u:p@[::1]:5433/db?timeout=7&application%20name=desk&sslmode=require");

        Assert.Equal(("::1", 5433), (settings.Host, settings.Port));
        Assert.Equal((7, "desk", SslMode.Require), (settings.Timeout, settings.ApplicationName, settings.SslMode));
    }

    [Theory]
    [InlineData("postgresql://")]
    [InlineData("postgresql:///db")]
    [InlineData("postgresql://u:secret@host/db?no_such_option=1")]
    [InlineData("postgresql://u:secret@host/db?timeout=soon")]
    public void A_bad_url_is_refused_by_a_message_without_the_password(string url)
    {
        var error = Assert.Throws<StoreUrlException>(() => PostgresUrl.ToConnectionString(url));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    private static NpgsqlConnectionStringBuilder Settings(string url) => new(PostgresUrl.ToConnectionString(url));
}
