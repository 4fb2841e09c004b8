namespace Chronicle.Tests.Events;

/// <summary>Common news phrasings that name the event without the partner a pattern would otherwise ask for.</summary>
public class NewsPhrasingTests
{
    [Fact]
    public void A_gerund_modifier_may_stand_between_a_patterns_words()
    {
        var events = EventPipeline.Code("Chile warned Bolivia of a crushing response to any incursion across the northern border.");

        Assert.Contains(events, e => e.Cameo == "130" && e.SourceCode == "CHL" && e.TargetCode == "BOL");
    }

    [Fact]
    public void An_amount_of_aid_announced_is_aid_from_the_announcer()
    {
        var events = EventPipeline.Code("The government of Norway announced $40 million in aid for Malawi after the floods destroyed the harvest.");

        Assert.Contains(events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) && e.SourceCode == "NORGOV" && e.TargetCode == "MWI");
    }

    [Fact]
    public void An_amount_may_stand_between_a_verb_and_the_aid_it_provides()
    {
        var events = EventPipeline.Code("The government of Norway provided $40 million in humanitarian assistance to Malawi after the floods destroyed the harvest.");

        Assert.Contains(events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) && e.SourceCode == "NORGOV" && e.TargetCode == "MWI");
    }

    [Fact]
    public void Two_armed_sides_that_clash_use_military_force_on_each_other()
    {
        var events = EventPipeline.Code("The army of Chad and rebel fighters clashed near the border town of Tine on Saturday, officials said.");

        Assert.Contains(events, e => e.Cameo == "190" && e.SourceCode == "TCDMIL");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void Talks_and_exercises_held_by_a_compound_subject_are_held_with_each_other()
    {
        var talks = EventPipeline.Code("Peruvian and Chilean diplomats held a new round of talks in Lima on Monday about fishing rights.");
        var drills = EventPipeline.Code("Brazilian and Argentine warships began joint naval exercises off the coast of Uruguay on Monday.");

        Assert.Contains(talks, e => e.Cameo == "046" && e.SourceCode == "PERGOV" && e.TargetCode == "CHLGOV");
        Assert.Contains(drills, e => e.Cameo == "062" && e.SourceCode == "BRAMIL" && e.TargetCode == "ARGMIL");
    }

    [Fact]
    public void Two_countries_adjectives_before_one_noun_are_two_actors()
    {
        var events = EventPipeline.Code("Senior Peruvian and Chilean officials agreed on Wednesday to reopen the border crossing near Tacna.");

        Assert.Contains(events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.SourceCode == "PERGOV" && e.TargetCode == "CHLGOV");
        Assert.Contains(events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.SourceCode == "CHLGOV" && e.TargetCode == "PERGOV");
    }

    [Fact]
    public void A_list_goes_on_past_an_adjective_that_opens_its_next_member()
    {
        var events = EventPipeline.Code("Chadian soldiers shot dead two Sudanese and Libyan smugglers near the desert town of Tine, police said.");

        Assert.Contains(events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) && e.TargetCode?.StartsWith("SDN", StringComparison.Ordinal) == true);
        Assert.Contains(events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) && e.TargetCode?.StartsWith("LBY", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Sides_that_use_force_on_a_thing_do_not_use_it_on_each_other()
    {
        var events = EventPipeline.Code("Emirati and Saudi warplanes attacked the fuel depots near the port of Hodeidah on Monday.");

        Assert.Contains(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.SourceCode == "AREMIL");
        Assert.DoesNotContain(events, e => e.TargetCode is "AREMIL" or "SAUMIL");
    }

    [Fact]
    public void A_participle_between_an_article_and_its_noun_is_no_verb()
    {
        var events = EventPipeline.Code("Kenyan fishermen keep working in the surrounding waters despite the ban, the governor of Lamu said.");

        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Jihadists_are_armed_opposition_who_can_be_the_source_of_an_attack()
    {
        var events = EventPipeline.Code("Suspected jihadists killed at least 40 farmers in an attack on a village in northern Burkina Faso on Sunday.");

        Assert.Contains(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.SourceCode?.EndsWith("REB", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_concession_offered_if_the_other_side_acts_is_an_intent_and_one_made_unless_it_acts_a_threat()
    {
        var offer = EventPipeline.Code("The government of Canada said it would lift sanctions on Venezuela if the authorities in Caracas allowed free elections.");
        var threat = EventPipeline.Code("The government of Canada said it would withdraw its peacekeepers from Haiti unless the authorities in Port-au-Prince disarmed the gangs.");

        Assert.Contains(offer, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.SourceCode == "CANGOV");
        Assert.DoesNotContain(offer, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Contains(threat, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.SourceCode == "CANGOV");
    }

    [Fact]
    public void Fighters_take_their_sector_from_the_word_before_them()
    {
        var events = EventPipeline.Code("Paramilitary fighters shelled a displacement camp near the town of Bossangoa on Friday, killing at least 20 people.");

        Assert.Contains(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.SourceCode?.EndsWith("UAF", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_named_place_may_stand_between_a_verb_and_its_complement()
    {
        var events = EventPipeline.Code("Ecuador and Peru agreed in Brasilia on Monday to reopen their border crossings to trucks and buses.");

        Assert.Contains(events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.SourceCode == "ECU" && e.TargetCode == "PER");
    }

    [Fact]
    public void Two_sides_that_exchange_fire_use_force_on_each_other()
    {
        var events = EventPipeline.Code("Indian troops and Pakistani soldiers exchanged fire across the Line of Control on Tuesday night, officials said.");

        Assert.Contains(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.SourceCode == "INDMIL" && e.TargetCode == "PAKMIL");
    }

    [Fact]
    public void Two_modifiers_joined_by_and_stay_inside_the_event_noun_s_phrase()
    {
        var events = EventPipeline.Code("Turkish warplanes launched an air and artillery assault on Kurdish positions in northern Iraq.");

        Assert.Contains(events, e => e.SourceCode == "TURMIL" && (e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_participle_after_a_thing_is_done_by_its_by_phrase_not_by_the_sentence_s_subject()
    {
        var events = EventPipeline.Code("Ghana and Togo restored diplomatic relations in a deal brokered by Nigeria on Friday.");

        Assert.Contains(events, e => e.Cameo == "045" && e.SourceCode == "NGA");
        Assert.DoesNotContain(events, e => e.Cameo == "045" && e.SourceCode is "GHA" or "TGO");
    }

    [Fact]
    public void A_document_speaks_for_whoever_issued_it_not_for_whoever_blocked_it()
    {
        var issued = EventPipeline.Code("The rebel movement issued a statement condemning the government of Chad for the killing of civilians.");
        var vetoed = EventPipeline.Code("Russia vetoed a draft resolution demanding that the government of Sudan end the siege of the city.");

        Assert.Contains(issued, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.SourceCode == "TCDREB");
        Assert.DoesNotContain(vetoed, e => e.Cameo.StartsWith("10", StringComparison.Ordinal) && e.SourceCode == "RUS");
    }

    [Fact]
    public void A_participle_after_a_full_verb_modifies_the_noun_after_it()
    {
        var events = EventPipeline.Code("The government of Norway imposed targeted sanctions on Belarusian officials over the crackdown in Minsk.");

        Assert.Contains(events, e => e.Cameo == "163" && e.SourceCode == "NORGOV");
    }

    [Fact]
    public void A_singular_noun_meets_a_patterns_plural()
    {
        var events = EventPipeline.Code("The navies of Chile and Peru began a joint naval exercise off the coast of Arica on Monday morning.");

        Assert.Contains(events, e => e.Cameo == "062");
    }

    [Fact]
    public void More_than_a_number_is_an_amount_between_a_patterns_words()
    {
        var events = EventPipeline.Code("Russia sent more than 40 warplanes towards Estonia on Friday, the defence forces in Tallinn said.");

        Assert.Contains(events, e => e.Cameo.StartsWith("15", StringComparison.Ordinal) && e.SourceCode == "RUS");
    }

    [Fact]
    public void The_comma_after_a_fronted_phrase_joins_no_list()
    {
        var events = EventPipeline.Code("According to officials, Ghana and Togo have agreed to reopen the border crossing at Aflao next month.");

        Assert.Contains(events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.SourceCode == "GHA" && e.TargetCode == "TGO");
    }

    [Fact]
    public void An_amount_with_its_unit_may_stand_between_a_patterns_words()
    {
        var events = EventPipeline.Code("The government of Norway will send 40 million dollars in food aid to Malawi, the minister announced.");

        Assert.Contains(events, e => e.Cameo == "033" && e.SourceCode == "NORGOV" && e.TargetCode == "MWI");
    }

    [Fact]
    public void Clashes_between_two_sides_named_alone_are_each_side_s_against_the_other()
    {
        var events = EventPipeline.Code("Clashes between Kenyan police and Somali militants left five people dead near the border town of Mandera.");

        Assert.Contains(events, e => e.Cameo == "190" && e.SourceCode == "KENCOP" && e.TargetCode == "SOMREB");
        Assert.Contains(events, e => e.Cameo == "190" && e.SourceCode == "SOMREB" && e.TargetCode == "KENCOP");
    }
}
