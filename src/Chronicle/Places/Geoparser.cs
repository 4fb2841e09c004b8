namespace Chronicle.Places;

/// <summary>
/// Resolves the place mentions of one document to gazetteer entries. Each candidate is scored by
/// what it is (population, and countries, divisions and capitals before villages of the same name)
/// and by the document around it: the countries and divisions the document is about, the places its
/// other mentions resolve to, the list it is written in ("Idaho, Utah, Washington and Montana"), a
/// containing place named after it ("Pandi, Bulacan", "Diraz in Bahrain"), a kind word ("Diraz village",
/// "the state of Washington") and a capital used as an actor ("Washington said"). Immutable and thread-safe.
/// </summary>
public sealed class Geoparser(Gazetteer gazetteer, GeoparserWeights? weights = null)
{
    private readonly GeoparserWeights w = weights ?? new GeoparserWeights();

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>
    /// Resolves every mention of <paramref name="text"/>. <paramref name="contextCountries"/> are
    /// alpha-2 codes the document is known to be about besides its place names (its actors' countries).
    /// </summary>
    public PlaceResolution[] Resolve(string text, IReadOnlyList<PlaceSpan> mentions, IReadOnlyList<string>? contextCountries = null)
    {
        var readings = new MentionReading[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
            readings[m] = MentionReading.Read(Gazetteer, text, mentions[m].Start, mentions[m].End);

        // One voter per distinct name: a name repeated ten times is still one piece of evidence.
        var voters = new Dictionary<string, int>(StringComparer.Ordinal);
        var voterOf = new int[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
        {
            if (!voters.TryGetValue(readings[m].Key, out var v))
                voters[readings[m].Key] = v = voters.Count;
            voterOf[m] = v;
        }

        var background = DocumentFocus.FromText(Gazetteer, text, mentions);
        foreach (var country in contextCountries ?? [])
            background.Add(country, "", 1);

        var mates = PlaceLists.Mates(text, mentions);
        var local = new double[mentions.Count][];
        for (var m = 0; m < mentions.Count; m++)
            local[m] = LocalScores(readings[m]);

        // Each round re-scores one name at a time, the surest first (the widest lead of its best candidate
        // over the next), and the names after it see its new vote and choice at once. Re-scoring all names
        // together from the last round's choices let two names that decide each other ("Springfield" and
        // "Greene County") each follow the other's old choice, swap in turn, and end in different states.
        var scores = (double[][])local.Clone();
        var best = Best(readings, scores);
        var votes = new DocumentFocus[voters.Count];
        var focus = new DocumentFocus();
        focus.AddAll(background);
        for (var m = 0; m < mentions.Count; m++)
        {
            if (votes[voterOf[m]] is null)
            {
                votes[voterOf[m]] = Vote(readings[m], scores[m]);
                focus.AddAll(votes[voterOf[m]]);
            }
        }

        var firstOf = new int[voters.Count];
        for (var m = mentions.Count - 1; m >= 0; m--)
            firstOf[voterOf[m]] = m;
        for (var round = 0; round < w.Rounds; round++)
        {
            var order = Enumerable.Range(0, voters.Count).OrderByDescending(v => Lead(scores[firstOf[v]])).ToArray();
            foreach (var v in order)
            {
                var first = -1;
                for (var m = 0; m < mentions.Count; m++)
                {
                    if (voterOf[m] != v)
                        continue;
                    scores[m] = ContextScores(readings[m], local[m], focus, votes[v], best, voterOf, v, mates[m], readings);
                    best[m] = Top(readings[m], scores[m]);
                    if (first < 0)
                        first = m;
                }

                var vote = Vote(readings[first], scores[first]);
                focus.AddAll(votes[v], -1);
                focus.AddAll(vote);
                votes[v] = vote;
            }
        }

        var chosen = Best(readings, scores);
        var result = new PlaceResolution[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
            result[m] = new PlaceResolution(mentions[m].Start, mentions[m].End, chosen[m], readings[m].Demonym);
        return result;
    }

    private double[] LocalScores(MentionReading reading)
    {
        var scores = new double[reading.Candidates.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            var place = Gazetteer.Places[reading.Candidates[c]];
            var score = w.Population * Math.Log10(place.Population + 1) + KindBonus(place.Kind);
            if (reading.Loose.Length > 0 && reading.Loose[c])
                score -= w.Loose;
            if (KindHints.Fits(reading.Hint, place.Kind) is { } fits)
                score += fits ? w.Hint : -w.Hint;
            if (reading.ActsAsActor && place.Kind == PlaceKind.Capital)
                score += w.ActorCapital;
            if (reading.Containers.Length > 0 && reading.Containers.Any(a => Contains(Gazetteer.Places[a], place)))
                score += w.Contained;
            var loose = reading.Loose.Length > 0 && reading.Loose[c];
            if (place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && (HasSeatNamedAlike(reading, place) || loose && place.Kind == PlaceKind.Admin1 && HasTownNamedAsWritten(reading, place)))
                score -= w.SeatOverDivision;
            scores[c] = score;
        }

        return scores;
    }

    // A division that shares its name with a town inside it ("Baghdad", "Erbil", "New York") is
    // named after that town, and news means the town; so too when the town is the country's capital,
    // wherever it lies ("Washington" is the capital before the state), and when a town of the name
    // anywhere has more people than a whole first-level division: "Manchester" is the English city
    // before the Jamaican parish, "Charlotte" the American city before the parish of Saint Vincent.
    // (Not for counties: a county's people are summed from its towns of 1,000 or more, too few to
    // weigh against a town of another state.)
    private bool HasSeatNamedAlike(MentionReading reading, Place division)
    {
        foreach (var index in reading.Candidates)
        {
            var other = Gazetteer.Places[index];
            if (!IsTown(other))
                continue;
            if (other.Country == division.Country && (other.Admin1 == division.Admin1 || other.Kind == PlaceKind.Capital)
                && other.Population * 20 >= division.Population)
                return true;
            if (division.Kind == PlaceKind.Admin1 && other.Population > division.Population)
                return true;
        }

        return false;
    }

    // A first-level division found only without its kind word ("Columbia" for the District of Columbia)
    // gives way to a town of its country named just as written (Columbia, South Carolina). Not a county:
    // local news names its counties without the word ("Baker", "Camden") more than its namesake towns.
    private bool HasTownNamedAsWritten(MentionReading reading, Place division)
    {
        for (var c = 0; c < reading.Candidates.Length; c++)
        {
            var other = Gazetteer.Places[reading.Candidates[c]];
            if (!reading.Loose[c] && other.Country == division.Country && IsTown(other))
                return true;
        }

        return false;
    }

    private static bool IsTown(Place place) => place.Kind is PlaceKind.Capital or PlaceKind.AdminSeat or PlaceKind.LocalSeat or PlaceKind.City;

    private double[] ContextScores(MentionReading reading, double[] local, DocumentFocus focus, DocumentFocus own, Place?[] best, int[] voterOf, int voter, int[] mates, MentionReading[] readings)
    {
        var scores = new double[local.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            var place = Gazetteer.Places[reading.Candidates[c]];
            var score = local[c];
            // The square root: a country the text names a few times among many of another's is
            // still one it is about ("Moscow" in a US story that names Russia), while a division's
            // share stays linear, as a US story's other states are seldom where its towns lie.
            // A place of no country (an ocean, a continent) is never against the document's focus:
            // it scores as a place in the country most named, so "the Pacific" in a US story is not a US town.
            score += w.Focus * Math.Sqrt(place.Country.Length == 0 ? focus.TopCountryShare(own) : focus.CountryShare(place.Country, own));
            score += w.Admin1 * focus.Admin1Share(place.Country, place.Admin1, own);

            score += w.Near * Nearness(place, best, voterOf, voter);
            score += w.List * ListAgreement(place, mates, readings);
            scores[c] = score;
        }

        return scores;
    }

    // How close a candidate lies to the places the document's other names resolve to (1 at the same point).
    private double Nearness(Place place, Place?[] best, int[] voterOf, int voter)
    {
        if (place.Kind is PlaceKind.Country or PlaceKind.Continent or PlaceKind.Water)
            return 0;
        var nearest = double.MaxValue;
        for (var m = 0; m < best.Length; m++)
        {
            if (voterOf[m] == voter || best[m] is not { } other || other.Kind is PlaceKind.Country or PlaceKind.Continent or PlaceKind.Water or PlaceKind.Region)
                continue;
            nearest = Math.Min(nearest, GeoMath.DistanceKm(place, other));
        }

        return nearest == double.MaxValue ? 0 : Math.Exp(-nearest / w.NearKm);
    }

    // The share of the other members of the mention's list that can be countries, when the candidate is one,
    // or first-level divisions of its country, when it is one: "Ontario" among Canadian provinces is the
    // province, "China" among countries the country. The members' candidates decide, not their current
    // choices, so two namesake towns in one list ("Italy" and "China", towns of Texas) cannot hold each
    // other there. Not for towns, counties and other areas: a list of Connecticut towns ("Sharon, Cornwall
    // and Salisbury") would gather English counties, and Nearness weighs towns already.
    private double ListAgreement(Place place, int[] mates, MentionReading[] readings)
    {
        if (mates.Length == 0 || place.Kind is not (PlaceKind.Country or PlaceKind.Admin1))
            return 0;
        var agree = 0;
        foreach (var mate in mates)
        {
            foreach (var index in readings[mate].Candidates)
            {
                var other = Gazetteer.Places[index];
                if (other.Kind == place.Kind && (place.Kind == PlaceKind.Country || other.Country == place.Country))
                {
                    agree++;
                    break;
                }
            }
        }

        return (double)agree / mates.Length;
    }

    // A mention's vote: its candidates' probabilities (a softmax of their scores), by country and division.
    // A country gets what its likeliest candidate gets, not the sum over all of its candidates: summed, a
    // dozen small namesakes in one country ("San Fernando", in many Philippine provinces) out-vote the one
    // likely place elsewhere and drag the document's other names there ("Los Angeles" to the Philippines).
    // Within a country, the vote is shared among its divisions as their candidates' probabilities are.
    private DocumentFocus Vote(MentionReading reading, double[] scores)
    {
        var vote = new DocumentFocus();
        if (scores.Length == 0)
            return vote;
        var max = scores.Max();
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        var byDivision = new Dictionary<(string Country, string Admin1), double>();
        for (var c = 0; c < scores.Length; c++)
        {
            var place = Gazetteer.Places[reading.Candidates[c]];
            var weight = Math.Exp(scores[c] - max);
            best[place.Country] = Math.Max(best.GetValueOrDefault(place.Country), weight);
            total[place.Country] = total.GetValueOrDefault(place.Country) + weight;
            var division = (place.Country, place.Kind is PlaceKind.Country ? "" : place.Admin1);
            byDivision[division] = byDivision.GetValueOrDefault(division) + weight;
        }

        var sum = best.Values.Sum();
        foreach (var ((country, admin1), weight) in byDivision)
            vote.Add(country, admin1, best[country] / sum * weight / total[country]);
        return vote;
    }

    private Place?[] Best(MentionReading[] readings, double[][] scores)
    {
        var best = new Place?[readings.Length];
        for (var m = 0; m < readings.Length; m++)
            best[m] = Top(readings[m], scores[m]);
        return best;
    }

    // How far the best score leads the second (without a second, the lead is unbounded).
    private static double Lead(double[] scores)
    {
        var first = double.NegativeInfinity;
        var second = double.NegativeInfinity;
        foreach (var score in scores)
        {
            if (score > first)
                (first, second) = (score, first);
            else if (score > second)
                second = score;
        }

        return first - second;
    }

    private Place? Top(MentionReading reading, double[] scores)
    {
        var top = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (top < 0 || scores[c] > scores[top])
                top = c;
        }

        return top < 0 ? null : Gazetteer.Places[reading.Candidates[top]];
    }

    private double KindBonus(PlaceKind kind) => kind switch
    {
        PlaceKind.Continent => w.Continent,
        PlaceKind.Country => w.Country,
        PlaceKind.Admin1 => w.Admin1Kind,
        PlaceKind.Region or PlaceKind.Water => w.Region,
        PlaceKind.Capital => w.Capital,
        PlaceKind.AdminSeat => w.AdminSeat,
        PlaceKind.Landform => w.Landform,
        PlaceKind.LocalSeat or PlaceKind.Admin2 => w.LocalSeat,
        _ => 0,
    };

    /// <summary>Whether <paramref name="area"/> contains <paramref name="place"/>: by codes for countries and divisions, by distance otherwise.</summary>
    internal static bool Contains(Place area, Place place)
    {
        if (area.Index == place.Index)
            return false;
        return area.Kind switch
        {
            PlaceKind.Country => area.Country == place.Country && place.Kind != PlaceKind.Country,
            PlaceKind.Admin1 => area.Country == place.Country && area.Admin1 == place.Admin1 && place.Kind != PlaceKind.Country,
            PlaceKind.Admin2 => GeoMath.DistanceKm(area, place) < 80,
            PlaceKind.Landform => GeoMath.DistanceKm(area, place) < 150,
            PlaceKind.Continent => GeoMath.DistanceKm(area, place) < 4000,
            _ => GeoMath.DistanceKm(area, place) < 600,
        };
    }
}
