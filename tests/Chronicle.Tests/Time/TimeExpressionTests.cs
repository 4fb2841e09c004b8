namespace Chronicle.Tests.Time;

/// <summary>Each family of time rules, on sentences written for it, against a Friday DCT (2023-02-24).</summary>
public sealed class TimeExpressionTests
{
    private static readonly DateOnly Friday = new(2023, 2, 24);

    private static List<string> Find(string text) => TimexPipeline.Find(text, Friday);

    [Theory]
    [InlineData("The envoys met on Thursday.", "Thursday|DATE|2023-02-23")]
    [InlineData("The envoys will meet on Thursday.", "Thursday|DATE|2023-03-02")]
    [InlineData("The council met on Friday.", "Friday|DATE|2023-02-24")]
    [InlineData("The rebels withdrew last Monday.", "last Monday|DATE|2023-02-20")]
    [InlineData("The rebels had withdrawn the previous Monday.", "the previous Monday|DATE|2023-02-20")]
    [InlineData("The court will rule next Tuesday.", "next Tuesday|DATE|2023-02-28")]
    [InlineData("The governor planned to leave on Sunday.", "Sunday|DATE|2023-02-26")]
    public void Weekdays_follow_the_tense(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    // The tense is the clause's own: an attribution closing the sentence tells when it was said, "is to"
    // arranges what lies ahead, and "set" plans only with "to" or "for" after it.
    [Theory]
    [InlineData("The two delegations will hold a further round of talks in Geneva on Tuesday, a spokesman for the ministry said.", "Tuesday|DATE|2023-02-28")]
    [InlineData("The exchange is to resume trading in the company's shares on Tuesday, after the audit.", "Tuesday|DATE|2023-02-28")]
    [InlineData("On Monday, when the minister set aside her holiday plans, the floods had already reached the capital.", "Monday|DATE|2023-02-20")]
    [InlineData("The two parties are set to sign the agreement in the capital on Monday afternoon.", "Monday afternoon|TIME|2023-02-27TAF")]
    public void Weekdays_follow_the_tense_of_their_own_clause(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    // "Since" looks back from the article's date and "effective" ahead, whatever the verb says.
    [Theory]
    [InlineData("Aid convoys are stuck at the border crossing since May because of the fighting.", "May|DATE|2022-05")]
    [InlineData("The board said the merger of the two banks, effective Oct. 1, was approved by regulators.", "Oct. 1|DATE|2023-10-01")]
    public void Since_looks_back_and_effective_ahead(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("Protests broke out on March 3, 2021, and the police had arrested the organisers the previous Friday.", "the previous Friday|DATE|2021-02-26")]
    [InlineData("The ceasefire began on Tuesday, March 2, 2021, and the first aid convoy crossed the following Monday.", "the following Monday|DATE|2021-03-08")]
    public void The_previous_and_the_following_weekday_count_from_the_day_named_last(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The finance minister will present the new budget to parliament at 9 a.m. on Tuesday, her spokesman said.", "9 a.m.|TIME|2023-02-28T09:00")]
    [InlineData("The talks broke down on Monday, and the rebels shelled the northern garrison on Wednesday at 10 p.m., witnesses said.", "10 p.m.|TIME|2023-02-22T22:00")]
    [InlineData("The striking dockworkers voted on February 14 at 4:30 p.m. to accept the port authority's revised offer.", "4:30 p.m.|TIME|2023-02-14T16:30")]
    [InlineData("The first explosion shook the embassy district at 7:15 a.m. (0415 GMT) Wednesday, the interior ministry said.", "7:15 a.m.|TIME|2023-02-22T07:15")]
    public void A_clock_time_takes_the_day_named_next_to_it(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The storm reached the coast on March 12, 2021, and the river burst its banks the next morning.", "the next morning|TIME|2021-03-13TMO")]
    [InlineData("The storm reached the coast on March 12, 2021, and looters broke into the empty shops that night.", "that night|TIME|2021-03-12TNI")]
    [InlineData("The storm reached the coast on March 12, 2021, and the army flew in supplies the next day.", "the next day|DATE|2021-03-13")]
    public void Parts_of_days_count_from_the_day_named_last(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Fact]
    public void A_month_every_year_is_a_set()
    {
        var found = Find("The old town hosts a music festival each July that draws thousands of visitors from abroad.");

        Assert.Contains("each July|SET|XXXX-07", found);
    }

    [Fact]
    public void Two_weekdays_joined_by_and_are_two_dates()
    {
        var found = Find("The delegation held talks in the capital on Thursday and Friday.");

        Assert.Equal(["Thursday|DATE|2023-02-23", "Friday|DATE|2023-02-24"], found);
    }

    [Theory]
    [InlineData("The treaty was signed on Monday 14th March, 2011.", "Monday 14th March, 2011|DATE|2011-03-14")]
    [InlineData("The port reopened on March 3, 2019.", "March 3, 2019|DATE|2019-03-03")]
    [InlineData("Elections were held on 3 May 2021.", "3 May 2021|DATE|2021-05-03")]
    [InlineData("The strikes have gone on since September 24th last year.", "September 24th last year|DATE|2022-09-24")]
    [InlineData("The ministers met on Jan. 12 in Geneva.", "Jan. 12|DATE|2023-01-12")]
    [InlineData("The deadline is 2023-03-15.", "2023-03-15|DATE|2023-03-15")]
    public void Calendar_dates(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The commander was killed in January 2020.", "January 2020|DATE|2020-01")]
    [InlineData("The uprising began in mid-February 2011.", "mid-February 2011|DATE|2011-02")]
    [InlineData("Also in January, the group raised the alarm.", "January|DATE|2023-01")]
    [InlineData("The talks will resume in April.", "April|DATE|2023-04")]
    [InlineData("Protests began last November.", "last November|DATE|2022-11")]
    [InlineData("The war began in 1994.", "1994|DATE|1994")]
    [InlineData("Relations soured in the 1990s.", "the 1990s|DATE|199")]
    [InlineData("The band was famous in the late sixties.", "the late sixties|DATE|196")]
    [InlineData("The reporter said the strike began in March nineteen ninety-eight.", "March nineteen ninety-eight|DATE|1998-03")]
    [InlineData("The reporter recalled the floods of the winter of nineteen ninety-six.", "the winter of nineteen ninety-six|DATE|1996-WI")]
    public void Months_years_and_decades(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("Exports fell last year.", "last year|DATE|2022")]
    [InlineData("Exports will rise next year.", "next year|DATE|2024")]
    [InlineData("The board met last week.", "last week|DATE|2023-W07")]
    [InlineData("The minister arrived yesterday.", "yesterday|DATE|2023-02-23")]
    [InlineData("The report is published today.", "today|DATE|2023-02-24")]
    [InlineData("The fighting broke out two years ago.", "two years ago|DATE|2021")]
    [InlineData("The mission ends early next month.", "early next month|DATE|2023-03")]
    [InlineData("Sales rose this quarter.", "this quarter|DATE|2023-Q1")]
    public void Periods_around_the_article_date(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("Output fell in the third quarter of 2011.", "the third quarter of 2011|DATE|2011-Q3")]
    [InlineData("The company reported third-quarter results.", "third-quarter|DATE|2022-Q3")]
    [InlineData("The offensive is expected this summer.", "this summer|DATE|2023-SU")]
    [InlineData("The drought hit this summer, the report said.", "this summer|DATE|2023-SU")]
    [InlineData("The vote was held this January.", "this January|DATE|2023-01")]
    [InlineData("The summit is this September.", "this September|DATE|2023-09")]
    [InlineData("Floods struck last winter.", "last winter|DATE|2022-WI")]
    [InlineData("Growth slowed in the first half of 2019.", "the first half of 2019|DATE|2019-H1")]
    public void Quarters_halves_and_seasons(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The siege lasted two years.", "two years|DURATION|P2Y")]
    [InlineData("The ceasefire held for 48 hours.", "48 hours|DURATION|PT48H")]
    [InlineData("They were detained for several months.", "several months|DURATION|PXM")]
    [InlineData("Prices rose over the past six months.", "the past six months|DURATION|P6M")]
    [InlineData("It was a 10-day operation.", "10-day|DURATION|P10D")]
    [InlineData("The dispute has gone on for nearly three decades.", "nearly three decades|DURATION|P30Y")]
    public void Durations(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The talks lasted an hour and a half.", "an hour and a half|DURATION|PT1H30M")]
    [InlineData("The ship was held for 2 1/2 years.", "2 1/2 years|DURATION|P2Y6M")]
    [InlineData("The vote took two and a half days.", "two and a half days|DURATION|P2DT12H")]
    [InlineData("The shelling stopped for half an hour.", "half an hour|DURATION|PT30M")]
    [InlineData("The court will sit for two more weeks.", "two more weeks|DURATION|P2W")]
    [InlineData("The reform needs at least 10 more years.", "at least 10 more years|DURATION|P10Y")]
    [InlineData("The pipeline took a couple of years to build.", "a couple of years|DURATION|P2Y")]
    [InlineData("Prices may rise over the next couple of months.", "the next couple of months|DURATION|P2M")]
    [InlineData("The camp was set up in less than a month.", "less than a month|DURATION|P1M")]
    [InlineData("Aid reached the valley in the first hours of the flood.", "the first hours|DURATION|PTXH")]
    [InlineData("The town fell three days later.", "three days|DURATION|P3D")]
    [InlineData("The siege of the airport lasted nearly an hour.", "nearly an hour|DURATION|PT1H")]
    [InlineData("The shares fell for eight trading days.", "eight trading days|DURATION|P8D")]
    public void Durations_with_halves_couples_and_more(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("Dock workers at the northern port began a day-long strike over unpaid wages.", "day-long|DURATION|P1D")]
    [InlineData("The accord ended a decades-long insurgency in the northern hills.", "decades-long|DURATION|PXY")]
    [InlineData("The ministry signed a several-year contract with the builders of the dam.", "several-year|DURATION|PXY")]
    [InlineData("The council extended the peacekeeping mission by an additional year.", "an additional year|DURATION|P1Y")]
    [InlineData("Exports of grain have fallen for several quarters in a row.", "several quarters|DURATION|PXQ")]
    public void Lengths_written_as_adjectives_or_added(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The border closed nearly four years ago.", "nearly four years ago|DATE|2019")]
    [InlineData("The dam was finished about two months ago.", "about two months ago|DATE|2022-12")]
    [InlineData("The envoy arrived a week or so ago.", "a week or so ago|DATE|2023-W07")]
    [InlineData("The mine closed several years ago.", "several years ago|DATE|PAST_REF")]
    [InlineData("The rebels retreated a few weeks ago.", "a few weeks ago|DATE|PAST_REF")]
    public void Counts_back_from_the_article_date_even_when_hedged(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The governor will step down at the end of the year.", "the end of the year|DATE|2023")]
    [InlineData("The ministry expects a surplus by year-end.", "year-end|DATE|2023")]
    [InlineData("The ministry expects a surplus by year's end.", "year's end|DATE|2023")]
    [InlineData("Production fell in the last half of 2019.", "the last half of 2019|DATE|2019-H2")]
    [InlineData("The city grew fast in the last half of the '90s.", "the last half of the '90s|DATE|199")]
    public void The_ends_and_halves_of_periods(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("Fighting broke out in March 2015. The following month, the rebels took the port.", "The following month|DATE|2015-04")]
    [InlineData("The plant opened in 2012, and that year its output doubled.", "that year|DATE|2012")]
    [InlineData("The army entered the town on May 3, 2019. Later that day the mayor fled.", "Later that day|DATE|2019-05-03")]
    [InlineData("The board will meet next month.", "next month|DATE|2023-03")]
    public void Following_and_that_count_from_the_date_named_last(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("Profit rose in the third quarter from $5 million in the 2021 quarter.", "the 2021 quarter|DATE|2021-Q3")]
    [InlineData("Profit rose in the third quarter from $5 million in last year's quarter.", "last year's quarter|DATE|2021-Q3")]
    [InlineData("Sales fell in the third quarter, against a gain in the same period a year earlier.", "the same period a year earlier|DATE|2021-Q3")]
    [InlineData("The company expects a loss in next year's first quarter.", "next year's first quarter|DATE|2024-Q1")]
    public void A_quarterly_report_compares_with_the_same_period_a_year_back(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The brewer earned $40 million in the year ended June 30.", "the year|DURATION|P1Y")]
    [InlineData("The brewer earned $40 million in the fiscal year ending March 31.", "the fiscal year|DURATION|P1Y")]
    [InlineData("The brewer expects higher sales for the full year.", "the full year|DATE|2023")]
    [InlineData("Exports rose 5% last year, after falling the year before.", "the year before|DATE|2021")]
    public void The_year_of_a_report(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Fact]
    public void Words_that_must_follow_an_expression_are_not_part_of_it()
    {
        var found = Find("The brewer earned $40 million in the year ended June 30.");

        Assert.Equal(["the year|DURATION|P1Y", "June 30|DATE|2022-06-30"], found);
    }

    [Theory]
    [InlineData("The envoy met rebels in mid-afternoon yesterday.", "mid-afternoon yesterday|TIME|2023-02-23TAF")]
    [InlineData("Shelling resumed early yesterday morning.", "early yesterday morning|TIME|2023-02-23TMO")]
    [InlineData("The march is planned for this coming Sunday.", "this coming Sunday|DATE|2023-02-26")]
    public void Parts_of_named_days(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("WASHINGTON, March 12 (Reuters) - The talks ended.", "March 12|DATE|2023-03-12")]
    [InlineData("The decision of 1990 still stands.", "1990|DATE|1990")]
    public void An_extent_starts_with_neither_a_comma_nor_of(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    // The article before a date that only modifies a noun belongs to the noun; one before a length named
    // alone ("the nine months") is the expression's own; focus words and "over" stay outside.
    [Theory]
    [InlineData("The 2019 election was marred by violence in the southern provinces.", "2019|DATE|2019")]
    [InlineData("Voters rejected the January 2020 constitution in a bitter referendum.", "January 2020|DATE|2020-01")]
    [InlineData("Envoys recalled the March 3, 2021 ceasefire as the high point of the talks.", "March 3, 2021|DATE|2021-03-03")]
    [InlineData("The exporter said that for the nine months its profit rose by a third.", "the nine months|DURATION|P9M")]
    [InlineData("The port was closed for only six months after the storm had passed.", "six months|DURATION|P6M")]
    [InlineData("Over three years, the farming cooperative doubled its harvest of maize.", "three years|DURATION|P3Y")]
    [InlineData("The mining company reported the third-quarter loss to its shareholders in 2022.", "third-quarter|DATE|2022-Q3")]
    [InlineData("The mining company compared its results with a year-earlier profit of four million dollars.", "year-earlier|DATE|2022")]
    public void Articles_and_focus_words_at_the_edge_of_an_extent(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Fact]
    public void A_date_run_into_a_name_is_still_a_date()
    {
        var found = Find("Mr. Schwartz will succeed Daniel P. Davison Feb. 1, the bank said.");

        Assert.Contains("Feb. 1|DATE|2024-02-01", found);
    }

    [Theory]
    [InlineData("Protesters gather every Friday.", "every Friday|SET|XXXX-WXX-5")]
    [InlineData("The market opens on Sundays.", "Sundays|SET|XXXX-WXX-7")]
    [InlineData("Inspectors visit the site daily.", "daily|SET|P1D")]
    [InlineData("The council meets every month.", "every month|SET|P1M")]
    public void Sets(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The talks resumed at 9 a.m. Tuesday.", "9 a.m. Tuesday|TIME|2023-02-21T09:00")]
    [InlineData("The blast happened on Thursday night.", "Thursday night|TIME|2023-02-23TNI")]
    [InlineData("The convoy left this morning.", "this morning|TIME|2023-02-24TMO")]
    [InlineData("Voting closes at 8 p.m.", "8 p.m.|TIME|2023-02-24T20:00")]
    public void Times_of_day(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The ferry left the harbour at 4 in the morning and reached the island by noon.", "4 in the morning|TIME|2023-02-24T04:00")]
    [InlineData("The curfew in the old city begins at eight in the evening for the whole week.", "eight in the evening|TIME|2023-02-24T20:00")]
    public void Clock_times_told_by_the_part_of_the_day(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("The government is now in control.", "now|DATE|PRESENT_REF")]
    [InlineData("The army recently withdrew.", "recently|DATE|PAST_REF")]
    [InlineData("Few farmers grow cotton these days.", "these days|DATE|PRESENT_REF")]
    [InlineData("Talks may resume in the near future.", "the near future|DATE|FUTURE_REF")]
    public void References_to_now_past_and_future(string sentence, string expected) => Assert.Contains(expected, Find(sentence));

    [Theory]
    [InlineData("A 6-year-old boy was injured.")]
    [InlineData("The rally coincides with the 12th anniversary of the revolution.")]
    [InlineData("Most of the recruits are in their 20s.")]
    [InlineData("The envoys struck a last-minute deal.")]
    [InlineData("The party won more than a quarter of the vote.")]
    [InlineData("Now, the question is who pays for the dam.")]
    [InlineData("He may march to the capital.")]
    [InlineData("Police arrested 2000 people.")]
    [InlineData("The party won a second term.")]
    [InlineData("Jan Kavan spoke for the Czech Republic.")]
    public void Words_that_only_look_like_time_are_not_expressions(string sentence) => Assert.Empty(Find(sentence));

    [Fact]
    public void Without_an_article_date_relative_expressions_stay_unresolved()
    {
        var found = TimexPipeline.Find("The envoys met on Thursday and exports fell last year, in March 2015.", null);

        Assert.Equal(["Thursday|DATE|XXXX-WXX-4", "last year|DATE|PAST_REF", "March 2015|DATE|2015-03"], found);
    }

    [Fact]
    public void A_resolved_point_carries_its_precision_and_first_day()
    {
        var doc = TimexPipeline.Annotate("The uprising began in mid-February 2011 and troops arrived on Thursday.", Friday);

        Assert.Equal(
            new List<(Chronicle.Time.TimePrecision, DateOnly?)> { (Chronicle.Time.TimePrecision.Month, new DateOnly(2011, 2, 1)), (Chronicle.Time.TimePrecision.Day, new DateOnly(2023, 2, 23)) },
            doc.TimeExpressions.Select(t => (t.Precision, t.Date)).ToList());
    }
}
