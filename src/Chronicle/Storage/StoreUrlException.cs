namespace Chronicle.Storage;

/// <summary>A <c>--db</c> URL that cannot name a store: malformed, or with an option the database client does not know.</summary>
public sealed class StoreUrlException(string message) : Exception(message);
