namespace Chronicle.Text;

/// <summary>
/// Maps offsets in a normalized text back to the original. Stored as anchors where the shift between
/// the two changes, so an article with few edits costs a few integers, not one per character.
/// </summary>
public sealed class OffsetMap
{
    // Anchor i says: from normalized offset _normalized[i] until the next anchor,
    // original = _original[i] + (normalized - _normalized[i]).
    private readonly int[] _normalized;
    private readonly int[] _original;
    private readonly int _normalizedLength;
    private readonly int _originalLength;

    internal OffsetMap(int[] normalized, int[] original, int normalizedLength, int originalLength)
    {
        _normalized = normalized;
        _original = original;
        _normalizedLength = normalizedLength;
        _originalLength = originalLength;
    }

    /// <summary>A map for a text that normalization left as it was.</summary>
    public static OffsetMap Identity(int length) => new([0], [0], length, length);

    public int AnchorCount => _normalized.Length;

    /// <summary>The original offset of the character at a normalized offset.</summary>
    public int ToOriginal(int normalizedOffset)
    {
        if (normalizedOffset >= _normalizedLength)
            return _originalLength;
        var i = Array.BinarySearch(_normalized, normalizedOffset);
        if (i < 0)
            i = ~i - 1;
        return _original[i] + (normalizedOffset - _normalized[i]);
    }

    /// <summary>The original offset just past the character before a normalized end offset.</summary>
    public int ToOriginalEnd(int normalizedEnd)
    {
        if (normalizedEnd <= 0)
            return 0;
        if (normalizedEnd >= _normalizedLength)
            return _originalLength;
        // The end of the range is where the next kept character starts, so that characters removed
        // between the two (a soft hyphen) stay inside the range they split.
        return Math.Max(ToOriginal(normalizedEnd - 1) + 1, Math.Min(ToOriginal(normalizedEnd), _originalLength));
    }

    internal sealed class Builder
    {
        private readonly List<int> _normalized = [];
        private readonly List<int> _original = [];

        /// <summary>Records that the normalized char at <paramref name="normalizedOffset"/> comes from <paramref name="originalOffset"/>.</summary>
        public void Map(int normalizedOffset, int originalOffset)
        {
            var last = _normalized.Count - 1;
            if (last >= 0 && _original[last] + (normalizedOffset - _normalized[last]) == originalOffset)
                return;
            _normalized.Add(normalizedOffset);
            _original.Add(originalOffset);
        }

        public OffsetMap Build(int normalizedLength, int originalLength)
        {
            if (_normalized.Count == 0)
                Map(0, 0);
            return new([.. _normalized], [.. _original], normalizedLength, originalLength);
        }
    }
}
