namespace Chronicle.Storage;

/// <summary>The database's schema is one this version of Chronicle cannot use, e.g. written by a newer version.</summary>
public sealed class StoreSchemaException(string message) : Exception(message);
