namespace Chronicle.Storage;

/// <summary>Events of one day: how many in each QuadClass (index 0 is QuadClass 1) and their mean Goldstein score; events with no QuadClass (a code outside CAMEO) are left out.</summary>
public sealed record TimelineDay(string Date, int[] Quads, double Goldstein);

/// <summary>Events from one coded source to one coded target: how many, and their mean Goldstein score.</summary>
public sealed record DyadCount(string Source, string Target, int Count, double Goldstein);

/// <summary>An actor code with a name it was given and the events it is the source or the target of.</summary>
public sealed record ActorCount(string Code, string? Name, string? Country, int AsSource, int AsTarget)
{
    public int Events => AsSource + AsTarget;
}

/// <summary>Events at one place, with its coordinates and their mean Goldstein score.</summary>
public sealed record PlaceCount(string Name, string? Country, double Lat, double Lon, int Count, double Goldstein);

/// <summary>How many events have one value of a field (a QuadClass, a PLOVER type, a country).</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>The values of the fields an analyst narrows events by, each with its count under the current filters.</summary>
public sealed record EventFacets(IReadOnlyList<FacetCount> Quads, IReadOnlyList<FacetCount> Plover, IReadOnlyList<FacetCount> Countries);
