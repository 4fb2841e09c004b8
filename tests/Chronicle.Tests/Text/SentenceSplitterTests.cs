using static Chronicle.Tests.Text.TextTesting;

namespace Chronicle.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void Splits_at_a_full_stop_before_a_capital()
    {
        Assert.Equal(["The envoy left.", "Talks resume today."], Sentences("The envoy left. Talks resume today."));
    }

    [Fact]
    public void Splits_at_question_and_exclamation_marks()
    {
        Assert.Equal(["Who paid?", "Nobody knows!", "Yet it happened."], Sentences("Who paid? Nobody knows! Yet it happened."));
    }

    [Fact]
    public void Splits_before_a_sentence_that_opens_with_a_digit()
    {
        Assert.Equal(["Casualties rose.", "12 more died."], Sentences("Casualties rose. 12 more died."));
    }

    [Fact]
    public void Splits_before_a_sentence_that_opens_with_a_quote()
    {
        Assert.Equal(["He paused.", "\"We will return,\" he said."], Sentences("He paused. \"We will return,\" he said."));
    }

    [Fact]
    public void Does_not_split_before_a_lowercase_word()
    {
        Assert.Equal(["The figure rose to 4. then fell."], Sentences("The figure rose to 4. then fell."));
    }

    [Fact]
    public void Does_not_split_inside_a_decimal()
    {
        Assert.Equal(["Inflation hit 9.5 percent in May.", "Prices eased."], Sentences("Inflation hit 9.5 percent in May. Prices eased."));
    }

    [Fact]
    public void Does_not_split_after_US_before_a_noun()
    {
        Assert.Equal(["Two U.S. officials denied it."], Sentences("Two U.S. officials denied it."));
    }

    [Fact]
    public void Does_not_split_after_US_before_a_capitalized_name()
    {
        Assert.Equal(["The U.S. Navy intercepted the boat."], Sentences("The U.S. Navy intercepted the boat."));
    }

    [Fact]
    public void Does_not_split_after_a_military_title()
    {
        Assert.Equal(["Troops led by Gen. Haidari advanced."], Sentences("Troops led by Gen. Haidari advanced."));
    }

    [Fact]
    public void Does_not_split_after_No_before_a_number()
    {
        Assert.Equal(["Resolution No. 2216 was cited."], Sentences("Resolution No. 2216 was cited."));
    }

    [Fact]
    public void Does_not_split_after_an_abbreviated_month()
    {
        Assert.Equal(["Voting ends on Oct. 12 at noon."], Sentences("Voting ends on Oct. 12 at noon."));
    }

    [Fact]
    public void Does_not_split_between_initials()
    {
        Assert.Equal(["A poem by T. S. Eliot was read."], Sentences("A poem by T. S. Eliot was read."));
    }

    [Fact]
    public void Splits_after_an_abbreviation_when_a_sentence_starter_follows()
    {
        Assert.Equal(["Her family moved to the U.S.", "The next year she enrolled."],
            Sentences("Her family moved to the U.S. The next year she enrolled."));
    }

    [Fact]
    public void Splits_after_an_abbreviation_that_ends_the_text()
    {
        Assert.Equal(["He studied in the U.S."], Sentences("He studied in the U.S."));
    }

    [Fact]
    public void Splits_after_a_question_mark_that_follows_an_abbreviation()
    {
        Assert.Equal(["Was it the U.S.?", "Nobody said."], Sentences("Was it the U.S.? Nobody said."));
    }

    [Fact]
    public void Splits_after_a_sentence_ending_in_a_title_spelled_out()
    {
        Assert.Equal(["They waited for the Sheikh.", "Nobody came."], Sentences("They waited for the Sheikh. Nobody came."));
    }

    [Fact]
    public void Does_not_split_at_an_ellipsis_followed_by_lowercase()
    {
        Assert.Equal(["We hoped... but nothing changed."], Sentences("We hoped... but nothing changed."));
    }

    [Fact]
    public void Splits_at_an_ellipsis_followed_by_a_capital()
    {
        Assert.Equal(["We hoped...", "Nothing changed."], Sentences("We hoped... Nothing changed."));
    }

    [Fact]
    public void Does_not_make_a_leading_ellipsis_a_sentence_of_its_own()
    {
        Assert.Equal(["... The rest is history."], Sentences("... The rest is history."));
    }

    [Fact]
    public void Keeps_a_closing_double_quote_after_the_full_stop()
    {
        Assert.Equal(["He said: \"It is over.\"", "Then he left."], Sentences("He said: \"It is over.\" Then he left."));
    }

    [Fact]
    public void Keeps_closing_single_quotes_after_the_full_stop()
    {
        Assert.Equal(["She called it 'a loss for every one of us.''", "Few disagreed."],
            Sentences("She called it 'a loss for every one of us.'' Few disagreed."));
    }

    [Fact]
    public void Keeps_a_typographic_closing_quote_even_after_a_space()
    {
        Assert.Equal(["\u201CIt is over. \u201D", "Then he left."], Sentences("\u201CIt is over. \u201D Then he left."));
    }

    [Fact]
    public void Keeps_a_closing_bracket_after_the_full_stop()
    {
        Assert.Equal(["(The vote was close.)", "It passed."], Sentences("(The vote was close.) It passed."));
    }

    [Fact]
    public void Does_not_split_after_a_quoted_question_followed_by_lowercase()
    {
        Assert.Equal(["\"Why now?\" she asked."], Sentences("\"Why now?\" she asked."));
    }

    [Fact]
    public void Splits_at_a_blank_line_without_punctuation()
    {
        Assert.Equal(["Border talks stall", "Delegates left early."], Sentences("Border talks stall\n\nDelegates left early."));
    }

    [Fact]
    public void Never_spans_a_blank_line_even_after_an_abbreviation()
    {
        Assert.Equal(["He met Gen.", "Haidari was absent."], Sentences("He met Gen.\n\nHaidari was absent."));
    }

    [Fact]
    public void Splits_at_a_line_break_after_terminal_punctuation_before_lowercase()
    {
        Assert.Equal(["Markets closed.", "trading resumes Monday."], Sentences("Markets closed.\ntrading resumes Monday."));
    }

    [Fact]
    public void Splits_after_a_headline_line()
    {
        Assert.Equal(["Iraq and Kuwait reopen border crossing", "The crossing had been shut since March."],
            Sentences("Iraq and Kuwait reopen border crossing\nThe crossing had been shut since March."));
    }

    [Fact]
    public void Does_not_split_a_line_wrapped_mid_phrase()
    {
        Assert.Equal(["The minister arrived in the\nCapital on Sunday."], Sentences("The minister arrived in the\nCapital on Sunday."));
    }

    [Fact]
    public void Does_not_split_a_wrapped_line_before_lowercase()
    {
        Assert.Equal(["The minister arrived\nlate on Sunday."], Sentences("The minister arrived\nlate on Sunday."));
    }

    [Fact]
    public void Does_not_treat_a_long_wrapped_line_as_a_headline()
    {
        var text = "Officials from both countries met for several hours on Tuesday to discuss water sharing along the river and\n" +
            "Other matters of common concern.";
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Splits_before_a_bulleted_line()
    {
        Assert.Equal(["Key points:", "\u2022 Talks resume", "\u2022 Prisoners freed"],
            Sentences("Key points:\n\u2022 Talks resume\n\u2022 Prisoners freed"));
    }

    [Fact]
    public void Sentence_offsets_are_trimmed_and_tokens_are_indexed()
    {
        var text = "  Rain fell.   Roads flooded.  ";
        var sentences = Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal((2, 12, 0, 3), (sentences[0].Start, sentences[0].End, sentences[0].FirstToken, sentences[0].TokenCount));
        Assert.Equal((15, 29, 3, 3), (sentences[1].Start, sentences[1].End, sentences[1].FirstToken, sentences[1].TokenCount));
    }

    [Fact]
    public void Yields_no_sentence_for_blank_text()
    {
        Assert.Empty(Split(" \n\n "));
    }

    [Fact]
    public void Splits_arabic_text_at_its_question_mark_and_full_stop()
    {
        Assert.Equal(["هل انتهت المحادثات؟", "لا أحد يعرف."], Sentences("هل انتهت المحادثات؟ لا أحد يعرف."));
    }
}
