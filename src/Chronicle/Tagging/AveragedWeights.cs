namespace Chronicle.Tagging;

/// <summary>
/// Perceptron weights with their running average, kept lazily: an update of d at step c adds d to the
/// weight and c·d to a second sum, and the average is then weight − sum / c, with no pass over all weights per step.
/// </summary>
internal sealed class AveragedWeights(int size)
{
    private readonly double[] _stepWeighted = new double[size];
    private long _step = 1;

    public float[] Current { get; } = new float[size];

    public void Add(int index, float delta)
    {
        Current[index] += delta;
        _stepWeighted[index] += _step * delta;
    }

    /// <summary>Counts one training example.</summary>
    public void Tick() => _step++;

    public float[] Averaged()
    {
        var averaged = new float[Current.Length];
        for (var i = 0; i < averaged.Length; i++)
            averaged[i] = (float)(Current[i] - _stepWeighted[i] / _step);
        return averaged;
    }
}
