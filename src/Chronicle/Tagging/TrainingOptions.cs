namespace Chronicle.Tagging;

/// <summary>How to train a sequence model.</summary>
/// <param name="MinFeatureCount">Features seen fewer times than this in training are dropped (fewer weights, less overfitting).</param>
/// <param name="PruneBelow">Averaged weights smaller than this in magnitude are not kept in the model.</param>
/// <param name="VectorLength">The length token vectors are scaled to: how much they weigh against the binary features.</param>
/// <param name="Clusters">The word clusters, for features that use them (saved with the model).</param>
public sealed record TrainingOptions(ModelKind Kind, FeatureOptions Features, int Epochs = 10, int Seed = 1, int MinFeatureCount = 1, float PruneBelow = 0.5f,
    float VectorLength = DenseFeatures.DefaultLength, WordClusters? Clusters = null);
