using System.Text;

namespace Chronicle.Bench;

/// <summary>
/// A reproducible news-like text for benchmarks: datelines, titled names, abbreviations, quotes,
/// numbers, dates and the odd URL, in paragraphs separated by blank lines. The words are invented here.
/// </summary>
internal static class SyntheticNews
{
    private static readonly string[] Places =
        ["Baghdad", "Tehran", "Manama", "Aden", "Muscat", "Doha", "Beirut", "Amman", "Kuwait City", "Sanaa", "Erbil", "Basra"];

    private static readonly string[] People =
        ["Gen. Karim al-Nouri", "Dr. Leila Haddad", "Mr. Omar Bin-Saleh", "Foreign Minister Reza Tavakoli-Fard",
         "Sheikh Nasser Al-Mahmoud", "Col. Sami O'Hara", "Prime Minister Hadi Qasemi", "Lt. Gen. J. K. Rowe",
         "Ms. Dana Sha'ban", "President Yusuf Abd al-Rahman"];

    private static readonly string[] Groups =
        ["the U.N. Security Council", "the Popular Defence Units (PDU)", "U.S. officials", "the Gulf Co-operation Council",
         "local security forces", "the opposition bloc", "a U.S.-led coalition", "the interior ministry", "Kuwait's parliament"];

    private static readonly string[] Verbs =
        ["met", "criticised", "accused", "thanked", "warned", "urged", "visited", "condemned", "praised", "called on"];

    private static readonly string[] Quotes =
        ["we will not accept any threat to our borders", "this is a step toward lasting calm",
         "they don't speak for the people", "the talks were frank... and useful", "it's too early to say"];

    public static string Generate(int seed, int paragraphs)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p % 8 == 0)
                text.Append(Pick(random, Places)).Append(" talks enter a new phase\n");
            text.Append(Pick(random, Places).ToUpperInvariant()).Append(", ").Append(Month(random)).Append(' ')
                .Append(random.Next(1, 29)).Append(" (Wire) \u2014 ");
            var sentences = random.Next(3, 7);
            for (var s = 0; s < sentences; s++)
            {
                text.Append(Sentence(random));
                text.Append(' ');
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }

    private static string Sentence(Random random) => random.Next(7) switch
    {
        0 => $"{Pick(random, People)} {Pick(random, Verbs)} {Pick(random, Groups)} in {Pick(random, Places)} on {Day(random)}.",
        1 => $"\"{Capitalize(Pick(random, Quotes))},\" {Pick(random, People)} told reporters.",
        2 => $"The {random.Next(2, 9)}-day visit, the {Ordinal(random.Next(1, 40))} since {random.Next(1990, 2023)}, " +
             $"followed a ${random.Next(1, 90)}.{random.Next(10)}bn aid pledge and {random.Next(1, 999):N0},{random.Next(100, 999)} dollars in loans.",
        3 => $"Prices rose {random.Next(1, 30)}.{random.Next(10)}% in the year to {Month(random)} {random.Next(1, 29)}, " +
             $"the bank said on {random.Next(2015, 2024)}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}.",
        4 => $"{Pick(random, Groups)[..1].ToUpperInvariant()}{Pick(random, Groups)[1..]} said the group's " +
             $"{random.Next(10, 300)} fighters had withdrawn some {random.Next(5, 120)} kilometres to the south.",
        5 => $"Details were posted at https://news.example.org/{random.Next(1000, 9999)}/story and by @wire_desk with #{Pick(random, Places).Replace(" ", "", StringComparison.Ordinal)}.",
        _ => $"Asked whether {Pick(random, Groups)} would respond, {Pick(random, People)} said: 'We'll see.' Talks resume on {Day(random)}.",
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Month(Random random) =>
        Pick(random, ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]);

    private static string Day(Random random) =>
        Pick(random, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}
