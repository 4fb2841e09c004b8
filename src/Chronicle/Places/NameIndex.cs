namespace Chronicle.Places;

/// <summary>
/// Builds the name index of a <see cref="Gazetteer"/>: each key of a name (<see cref="PlaceName"/>) to
/// the places that have it, as written or without an Arabic article ("exact"), or only once a division's
/// kind word is left out ("loose"). Keys and places are gathered as pairs and packed into one array
/// per index when frozen, so loading allocates no list per name.
/// </summary>
internal sealed class NameIndex(int capacity)
{
    private readonly Pairs _exact = new(capacity * 3 / 2);
    private readonly Pairs _loose = new(capacity / 4);

    public void Add(string name, Place place)
    {
        var key = PlaceName.Key(name);
        if (key.Length == 0)
            return;
        _exact.Add(key, place.Index);
        if (PlaceName.WithoutArticle(key) is { } bare)
            _exact.Add(bare, place.Index);
        if (place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region && PlaceName.WithoutDivisionWords(key) is { } core)
        {
            _loose.Add(core, place.Index);
            if (PlaceName.WithoutArticle(core) is { } bareCore)
                _loose.Add(bareCore, place.Index);
        }

        // Not for regions: "Southern Africa" must not become a name of South Africa.
        if (place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && PlaceName.WithPlainDirection(key) is { } plain)
        {
            _loose.Add(plain, place.Index);
            if (PlaceName.WithoutDivisionWords(plain) is { } plainCore)
                _loose.Add(plainCore, place.Index);
        }
    }

    /// <summary>The places gathered so far for a key, the last added first (duplicates possible).</summary>
    public IEnumerable<int> Find(string key) => _exact.Find(key);

    public Frozen Freeze() => new(_exact.Pack(), _loose.Pack());

    /// <summary>(key, place) pairs in the order added.</summary>
    private sealed class Pairs(int capacity)
    {
        private readonly Dictionary<string, int> _keys = new(capacity, StringComparer.Ordinal);
        private readonly List<int> _keyOf = new(capacity);
        private readonly List<int> _placeOf = new(capacity);
        private readonly List<int> _counts = new(capacity);

        // The pair added before each pair under the same key (-1 for the first), and each key's last pair.
        private readonly List<int> _previous = new(capacity);
        private readonly List<int> _last = new(capacity);

        public void Add(string key, int place)
        {
            if (!_keys.TryGetValue(key, out var id))
            {
                _keys[key] = id = _counts.Count;
                _counts.Add(0);
                _last.Add(-1);
            }

            _previous.Add(_last[id]);
            _last[id] = _keyOf.Count;
            _keyOf.Add(id);
            _placeOf.Add(place);
            _counts[id]++;
        }

        public IEnumerable<int> Find(string key)
        {
            if (!_keys.TryGetValue(key, out var id))
                yield break;
            for (var i = _last[id]; i >= 0; i = _previous[i])
                yield return _placeOf[i];
        }

        public Packed Pack()
        {
            var offsets = new int[_counts.Count + 1];
            for (var k = 0; k < _counts.Count; k++)
                offsets[k + 1] = offsets[k] + _counts[k];
            var places = new int[_placeOf.Count];
            var filled = new int[_counts.Count];
            for (var i = 0; i < _keyOf.Count; i++)
            {
                var k = _keyOf[i];
                var slot = places.AsSpan(offsets[k], filled[k]);
                if (!slot.Contains(_placeOf[i]))
                    places[offsets[k] + filled[k]++] = _placeOf[i];
            }

            var ranges = new Dictionary<string, (int Offset, int Count)>(_keys.Count, StringComparer.Ordinal);
            foreach (var (key, k) in _keys)
                ranges[key] = (offsets[k], filled[k]);
            return new Packed(ranges, places);
        }
    }

    internal sealed class Packed(Dictionary<string, (int Offset, int Count)> ranges, int[] places)
    {
        public int Count => ranges.Count;

        public ReadOnlySpan<int> Find(string key) => ranges.TryGetValue(key, out var r) ? places.AsSpan(r.Offset, r.Count) : [];
    }

    /// <summary>The finished index, read-only.</summary>
    internal sealed class Frozen(Packed exact, Packed loose)
    {
        public int Count => exact.Count;

        public ReadOnlySpan<int> Find(string key) => exact.Find(key);

        public ReadOnlySpan<int> FindLoose(string key) => loose.Find(key);
    }
}
