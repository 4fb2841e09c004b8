namespace Chronicle.Time;

/// <summary>A function a rule's value may call, with how many arguments it takes.</summary>
internal sealed record TimeFunction(string Name, int MinArgs, int MaxArgs, Func<object?[], TimeContext, TimeValue?> Apply);
