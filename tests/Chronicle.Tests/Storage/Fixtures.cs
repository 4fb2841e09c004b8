namespace Chronicle.Tests.Storage;

/// <summary>Short made-up news stories for the storage tests.</summary>
internal static class Fixtures
{
    public const string Talks =
        "Officials from Norland and Vestria met in Port Amber on Tuesday. " +
        "The security talks lasted six hours. Both delegations praised the negotiations.";

    public const string Arrests =
        "Meanwhile, police in Eastbay arrested four protesters outside the port. " +
        "A court will hear the case in March.";

    public const string Evictions =
        "Fishermen on the island of Qaruś said soldiers ordered them to leave their homes by Friday.";

    public const string Caption = "Delegates arrive at the conference hall in Port Amber.";
}
