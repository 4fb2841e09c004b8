using System.Reflection;
using Chronicle.Actors;

namespace Chronicle.Places;

/// <summary>
/// The places a name can refer to: every gazetteer entry, found by any of its names under
/// <see cref="PlaceName"/>'s comparison, with the countries' ISO codes and demonyms. Loaded once,
/// then immutable and safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourcePrefix = "Chronicle.Places.";

    private static readonly Lazy<Gazetteer> BuiltInInstance = new(ReadBuiltIn);

    private readonly Place[] _places;
    private readonly NameIndex.Frozen _byKey;
    private readonly Dictionary<string, string> _alpha2;
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _demonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeless = new(StringComparer.Ordinal);

    private Gazetteer(Place[] places, NameIndex.Frozen byKey, IReadOnlyList<CountryCodes> countries, IReadOnlyList<(string Demonym, int? Place)> otherDemonyms)
    {
        _places = places;
        _byKey = byKey;
        _alpha2 = countries.ToDictionary(c => c.Alpha3, c => c.Alpha2, StringComparer.Ordinal);
        foreach (var place in places)
        {
            // The first entry of a country or division wins: the built-in rows come before imported ones.
            if (place.Kind == PlaceKind.Country)
                _countries.TryAdd(place.Country, place.Index);
            else if (place.Kind == PlaceKind.Admin1 && place.Admin1.Length > 0)
                _admin1.TryAdd(place.Country + "." + place.Admin1, place.Index);
        }

        foreach (var country in countries)
        {
            if (!_countries.TryGetValue(country.Alpha2, out var index))
                continue;
            foreach (var demonym in country.Demonyms)
            {
                AddDemonym(PlaceName.Key(demonym), index);
                AddDemonym(PlaceName.Key(EnglishPlural.Of(demonym)), index);
            }
        }

        // A country's demonym wins over another place's: "Georgian" is the country's, not the state's.
        foreach (var (demonym, place) in otherDemonyms)
        {
            foreach (var key in new[] { PlaceName.Key(demonym), PlaceName.Key(EnglishPlural.Of(demonym)) })
            {
                if (place is { } index)
                    _demonyms.TryAdd(key, index);
                else if (!_demonyms.ContainsKey(key))
                    _placeless.Add(key);
            }
        }
    }

    // A demonym that a state shares with its territories ("American", "French") names the state.
    private void AddDemonym(string key, int index)
    {
        if (!_demonyms.TryGetValue(key, out var known) || (_places[known].Feature != "A.PCLI" && _places[index].Feature == "A.PCLI"))
            _demonyms[key] = index;
    }

    /// <summary>The gazetteer shipped with Chronicle (data/places), loaded once.</summary>
    public static Gazetteer BuiltIn => BuiltInInstance.Value;

    public IReadOnlyList<Place> Places => _places;

    /// <summary>How many distinct name keys the index holds.</summary>
    public int NameCount => _byKey.Count;

    /// <summary>The built-in gazetteer, or with <paramref name="importedFolder"/> given, the built-in one with that folder's places added.</summary>
    public static Gazetteer Load(string? importedFolder) => importedFolder is null ? BuiltIn : WithImported(importedFolder);

    /// <summary>
    /// The built-in gazetteer with the places of an imported one (a folder written by
    /// <see cref="GazetteerImport"/>) added; an imported place with the GeoNames id of a built-in one replaces it.
    /// </summary>
    public static Gazetteer WithImported(string folder)
    {
        var path = Path.Combine(folder, GazetteerFile.FileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: no imported gazetteer here (make one with `chronicle gazetteer import`)", path);
        using var reader = new StreamReader(path);
        return Build(ReadResource("places.tsv").Concat(GazetteerFile.Read(reader, path)), ReadResource("places.extra.tsv"), BuiltInCountries(), strict: false, BuiltInDemonyms());
    }

    /// <summary>
    /// A gazetteer of the given rows, then the hand-written <paramref name="extras"/>: an extra row with the
    /// name, feature and country of a place already listed adds its alternates to that place (and moves
    /// it, when it gives a point); any other extra row with a point is a new place. An extra row with no
    /// point and no place to add its names to is an error when <paramref name="strict"/>, and is passed
    /// over otherwise (an imported gazetteer may name the place differently).
    /// </summary>
    /// <param name="demonyms">Demonyms of places other than countries (data/places/demonyms.tsv); each names a place of the rows or extras.</param>
    public static Gazetteer Build(IEnumerable<PlaceRow> rows, IEnumerable<PlaceRow> extras, IReadOnlyList<CountryCodes> countries, bool strict = true,
        IReadOnlyList<PlaceDemonyms>? demonyms = null)
    {
        var alpha3 = countries.ToDictionary(c => c.Alpha2, c => c.Alpha3, StringComparer.Ordinal);
        var places = new List<Place>();
        var names = new List<IReadOnlyList<string>>();
        var byId = new Dictionary<long, int>();
        foreach (var row in rows)
        {
            if (ToPlace(row, places.Count, alpha3) is not { } place)
                throw new InvalidDataException($"\"{row.Name}\" ({row.Feature}, {row.Country}) has no lat and lon");
            if (row.GeonameId is { } id && byId.TryGetValue(id, out var known))
            {
                places[known] = place with { Index = known };
                names[known] = row.Alternates;
                continue;
            }

            places.Add(place);
            names.Add(row.Alternates);
            if (row.GeonameId is { } newId)
                byId[newId] = place.Index;
        }

        var index = new NameIndex(places.Count);
        for (var i = 0; i < places.Count; i++)
        {
            index.Add(places[i].Name, places[i]);
            foreach (var alternate in names[i])
                index.Add(alternate, places[i]);
        }

        foreach (var extra in extras)
        {
            var key = PlaceName.Key(extra.Name);
            var target = -1;
            foreach (var i in index.Find(key))
            {
                if (places[i].Feature == extra.Feature && places[i].Country == extra.Country)
                    target = i;
            }

            if (target < 0 && extra.Latitude is null && !strict)
                continue;
            if (target < 0)
            {
                target = places.Count;
                places.Add(ToPlace(extra, target, alpha3) ?? throw new InvalidDataException($"alternate names for \"{extra.Name}\" ({extra.Feature}, {extra.Country}): no such place to add them to"));
                index.Add(extra.Name, places[target]);
            }
            else if (extra.Latitude is { } lat && extra.Longitude is { } lon)
            {
                places[target] = places[target] with { Latitude = lat, Longitude = lon };
            }

            foreach (var alternate in extra.Alternates)
                index.Add(alternate, places[target]);
        }

        var otherDemonyms = new List<(string, int?)>();
        foreach (var row in demonyms ?? [])
        {
            int? place = null;
            if (!row.Placeless)
            {
                foreach (var i in index.Find(PlaceName.Key(row.Name)))
                {
                    if (places[i].Feature == row.Feature && places[i].Country == row.Country)
                        place ??= i;
                }

                if (place is null && strict)
                    throw new InvalidDataException($"demonyms of \"{row.Name}\" ({row.Feature}, {row.Country}): no such place");
                if (place is null)
                    continue;
            }

            otherDemonyms.AddRange(row.Demonyms.Select(d => (d, place)));
        }

        return new Gazetteer([.. places], index.Freeze(), countries, otherDemonyms);
    }

    private static Place? ToPlace(PlaceRow row, int index, Dictionary<string, string> alpha3) => row.Latitude is { } lat && row.Longitude is { } lon
        ? new Place
        {
            Index = index,
            GeonameId = row.GeonameId,
            Name = row.Name,
            Feature = row.Feature,
            Kind = PlaceKinds.Of(row.Feature),
            Country = row.Country,
            CountryAlpha3 = alpha3.GetValueOrDefault(row.Country),
            Admin1 = row.Admin1,
            Population = row.Population,
            Latitude = lat,
            Longitude = lon,
        }
        : null;

    /// <summary>The places a name key (<see cref="PlaceName.Key"/>) can refer to, in gazetteer order.</summary>
    public ReadOnlySpan<int> Find(string key) => _byKey.Find(key);

    /// <summary>
    /// The divisions and regions a key names only once the kind word is left out of their names
    /// ("Gaza" for "Gaza Province"): weaker evidence than a name as written.
    /// </summary>
    public ReadOnlySpan<int> FindLoose(string key) => _byKey.FindLoose(key);

    /// <summary>The ISO 3166-1 alpha-2 code of an alpha-3 code (an actor's country), or null when it is not a country's code.</summary>
    public string? Alpha2(string alpha3) => _alpha2.GetValueOrDefault(alpha3);

    /// <summary>The place that stands for a whole country, by alpha-2 code.</summary>
    public Place? Country(string alpha2) => _countries.TryGetValue(alpha2, out var i) ? _places[i] : null;

    /// <summary>The first-level division with this admin1 code in a country.</summary>
    public Place? Admin1(string alpha2, string admin1) =>
        admin1.Length > 0 && _admin1.TryGetValue(alpha2 + "." + admin1, out var i) ? _places[i] : null;

    /// <summary>The country, division or region a demonym key ("iraqi", "bahrainis", "texans", "europeans") names.</summary>
    public Place? ByDemonym(string key) => _demonyms.TryGetValue(key, out var i) ? _places[i] : null;

    /// <summary>Whether a key is the demonym of a people no one place stands for ("arab"), and so names no place.</summary>
    public bool IsPlacelessDemonym(string key) => _placeless.Contains(key);

    /// <summary>Reads the built-in gazetteer afresh (the benchmark times this; everyone else shares <see cref="BuiltIn"/>).</summary>
    internal static Gazetteer ReadBuiltIn() => Build(ReadResource("places.tsv"), ReadResource("places.extra.tsv"), BuiltInCountries(), demonyms: BuiltInDemonyms());

    private static IEnumerable<PlaceRow> ReadResource(string name)
    {
        using var reader = new StreamReader(Resource(name));
        foreach (var row in GazetteerFile.Read(reader, "data/places/" + name))
            yield return row;
    }

    private static IReadOnlyList<CountryCodes> BuiltInCountries()
    {
        using var reader = new StreamReader(Resource("countries.tsv"));
        return CountryCodes.Read(reader, "data/places/countries.tsv");
    }

    private static IReadOnlyList<PlaceDemonyms> BuiltInDemonyms()
    {
        using var reader = new StreamReader(Resource("demonyms.tsv"));
        return PlaceDemonyms.Read(reader, "data/places/demonyms.tsv");
    }

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"Missing embedded resource {ResourcePrefix}{name}");
}
