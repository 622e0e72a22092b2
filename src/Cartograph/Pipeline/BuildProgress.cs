namespace Cartograph.Pipeline;

/// <summary>Progress of the extraction stage, reported as documents finish.</summary>
public readonly record struct BuildProgress(int Done, int Total, long Bytes);
