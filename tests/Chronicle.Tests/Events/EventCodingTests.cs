namespace Chronicle.Tests.Events;

/// <summary>Who did what to whom, from sentences written for these tests.</summary>
public class EventCodingTests
{
    [Fact]
    public void An_active_verb_codes_its_subject_as_source_and_object_as_target()
    {
        var events = EventPipeline.Code("Kenyan police arrested three Somali journalists in Nairobi on Tuesday.");

        var arrest = Assert.Single(events.WithCode("17"));
        Assert.Equal("KENCOP", arrest.SourceCode);
        Assert.StartsWith("SOM", arrest.TargetCode);
    }

    [Fact]
    public void A_passive_codes_the_by_phrase_as_source_and_the_subject_as_target()
    {
        var events = EventPipeline.Code("Two Ugandan activists were detained by Rwandan security forces near the border.");

        var detention = Assert.Single(events.WithCode("17"));
        Assert.Equal("RWACOP", detention.SourceCode);
        Assert.StartsWith("UGA", detention.TargetCode);
    }

    [Theory]
    [InlineData("Residents said warplanes bombed rebel positions outside Juba overnight.")]
    [InlineData("Residents said that warplanes bombed rebel positions outside Juba overnight.")]
    public void A_reported_verb_with_its_object_is_active_even_when_tagged_as_a_participle(string text)
    {
        // The tagger reads "bombed" after "warplanes" as a participle; with its object after it, the warplanes bombed.
        var events = EventPipeline.Code(text, new DateOnly(2024, 5, 2));

        var bombing = Assert.Single(events.WithCode("19"));
        Assert.Equal("warplanes", bombing.Source);
        Assert.EndsWith("MIL", bombing.SourceCode);
    }

    [Fact]
    public void A_participle_with_a_by_phrase_after_a_reported_actor_stays_passive()
    {
        var events = EventPipeline.Code("Officials said fishermen detained by the Kenyan coast guard were released.");

        var detention = Assert.Single(events.WithCode("17"));
        Assert.Equal("fishermen", detention.Target);
        Assert.StartsWith("KEN", detention.SourceCode);
    }

    [Theory]
    [InlineData("Ugandan jets struck targets near the border on Monday.", "190")]
    [InlineData("Ugandan teachers struck for higher pay on Monday.", "143")]
    [InlineData("Kenyan police fired tear gas to disperse the crowd.", "175")]
    [InlineData("The crowd in Nairobi dispersed peacefully.", "082")]
    [InlineData("Kenyan protesters were dispersed by police in Nairobi.", "175")]
    public void A_verb_with_an_object_or_in_the_passive_takes_its_transitive_sense(string text, string cameo)
    {
        var events = EventPipeline.Code(text);

        Assert.Contains(events, e => e.Cameo == cameo);
    }

    [Fact]
    public void Names_joined_across_a_title_are_both_subjects_and_the_place_they_acted_in_is_no_target()
    {
        var events = EventPipeline.Code("Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a trade agreement in Nairobi on Friday.");

        var signings = events.WithCode("05");
        Assert.Contains(signings, e => e.SourceCode == "KENGOV");
        Assert.Contains(signings, e => e.SourceCode == "UGAGOV");
        Assert.DoesNotContain(signings, e => e.Target == "Nairobi");
    }

    [Fact]
    public void A_meeting_is_a_consultation_of_each_side_with_the_other()
    {
        var events = EventPipeline.Code("Jordan's Foreign Minister Tareq Salloum met Lebanese officials in Beirut on Monday.");

        var meetings = events.WithCode("04");
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => m.SourceCode == "JORGOV" && m.TargetCode == "LBNGOV");
        Assert.Contains(meetings, m => m.SourceCode == "LBNGOV" && m.TargetCode == "JORGOV");
    }

    [Fact]
    public void A_visit_is_also_a_hosting_seen_from_the_host()
    {
        var events = EventPipeline.Code("Ghana's president visited Togo on Friday.");

        Assert.Contains(events, e => e.Cameo == "042" && e.SourceCode == "GHAGOV" && e.TargetCode == "TGO");
        Assert.Contains(events, e => e.Cameo == "043" && e.SourceCode == "TGO" && e.TargetCode == "GHAGOV");
    }

    [Fact]
    public void An_event_noun_takes_the_subject_of_the_verb_that_carries_it_out()
    {
        var events = EventPipeline.Code("The Nigerian army launched airstrikes against Boko Haram positions in the northeast.");

        var strike = Assert.Single(events.WithCode("19"));
        Assert.Equal("NGAMIL", strike.SourceCode);
        Assert.NotNull(strike.TargetCode);
    }

    [Fact]
    public void Coordinated_sources_each_get_the_event()
    {
        var events = EventPipeline.Code("Egypt and Sudan condemned the attack on the convoy.");

        var sources = events.WithCode("11").Select(e => e.SourceCode).ToHashSet();
        Assert.Contains("EGY", sources);
        Assert.Contains("SDN", sources);
    }

    [Fact]
    public void A_negated_event_is_not_coded()
    {
        var events = EventPipeline.Code("Kenyan police did not arrest the protesters outside parliament.");

        Assert.Empty(events.WithCode("17"));
    }

    [Fact]
    public void An_appeal_with_a_complement_is_one_appeal()
    {
        var events = EventPipeline.Code("Ghana's president called on Togolese officials to release the detained fishermen.");

        var appeal = Assert.Single(events.WithCode("02"));
        Assert.Equal("GHAGOV", appeal.SourceCode);
        Assert.Equal("TGOGOV", appeal.TargetCode);
        Assert.Empty(events.WithCode("08"));
    }

    [Fact]
    public void A_pronoun_source_carries_its_antecedents_code()
    {
        var events = EventPipeline.Code("Chile's Foreign Minister Rosa Campos arrived in Lima on Monday. She criticised Peruvian officials over the border closure.");

        var criticism = Assert.Single(events.WithCode("11"));
        Assert.Equal("CHLGOV", criticism.SourceCode);
        Assert.Equal("PERGOV", criticism.TargetCode);
    }

    [Fact]
    public void A_sentence_without_an_event_codes_none()
    {
        Assert.Empty(EventPipeline.Code("The weather in the capital was mild for most of the week."));
    }

    [Fact]
    public void A_discussion_targets_the_partner_not_the_topic()
    {
        var events = EventPipeline.Code("The Kenyan foreign minister discussed border security with Ethiopian officials in Addis Ababa.");

        var talks = events.WithCode("04");
        Assert.Contains(talks, t => t.SourceCode == "KENGOV" && t.TargetCode == "ETHGOV");
    }

    [Fact]
    public void Noun_modifiers_may_stand_inside_a_phrasing()
    {
        var events = EventPipeline.Code("Ghana signed a maritime security agreement with Togo on Monday.");

        Assert.Contains(events, e => e.Cameo == "057" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
    }

    [Fact]
    public void An_article_of_a_phrasing_may_be_missing()
    {
        var events = EventPipeline.Code("Hundreds of Zambian students held demonstrations in Lusaka.");

        Assert.Contains(events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal) && e.SourceCode is { } code && code.StartsWith("ZMB", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_an_appeal_takes_as_done_is_coded_with_its_agent()
    {
        var events = EventPipeline.Code("Somalia urged the African Union to act against the expulsion of Somali traders by Kenya.");

        Assert.Contains(events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.SourceCode == "SOM" && e.TargetCode is { } body && body.StartsWith("IGOAFR", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Cameo == "174" && e.SourceCode == "KEN" && e.TargetCode is { } target && target.StartsWith("SOM", StringComparison.Ordinal));
    }

    [Fact]
    public void What_an_appeal_asks_for_is_not_coded_as_done()
    {
        var events = EventPipeline.Code("Somalia urged the African Union to demand the release of Somali traders by Kenya.");

        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("08", StringComparison.Ordinal) && e.SourceCode == "KEN");
    }

    [Fact]
    public void A_demand_for_action_by_a_body_targets_that_body()
    {
        var events = EventPipeline.Code("Chad demanded urgent action by the Security Council.");

        Assert.Contains(events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal) && e.SourceCode == "TCD" && e.TargetCode is { } target && target.StartsWith("IGOUNO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_target_inside_the_object_phrase_is_found_through_its_prepositions()
    {
        var events = EventPipeline.Code("Malawi's president criticized the closure of border markets in Zambia.");

        Assert.Contains(events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.SourceCode == "MWIGOV" && e.TargetCode == "ZMB");
    }

    [Fact]
    public void Whoever_reports_an_event_is_not_coded_as_making_a_statement()
    {
        var events = EventPipeline.Code("Ghana welcomed the resumption of talks with Togo, the state news agency said on Friday.");

        Assert.Contains(events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal) && e.SourceCode == "GHA");
        Assert.Empty(events.WithCode("01"));
    }

    [Fact]
    public void Every_member_of_a_listed_subject_gets_the_event()
    {
        var events = EventPipeline.Code("Kenya, Uganda, and the embattled Tanzania condemned the raid on the border post.");

        var sources = events.WithCode("11").Select(e => e.SourceCode).ToHashSet();
        Assert.Equal(["KEN", "TZA", "UGA"], sources.Order());
    }

    [Fact]
    public void A_target_is_found_past_a_linking_participle()
    {
        var events = EventPipeline.Code("Kenyan troops cordoned off the roads leading into Somalia on Monday.");

        Assert.Contains(events, e => e.SourceCode == "KENMIL" && e.TargetCode == "SOM");
    }

    [Fact]
    public void No_one_is_the_target_of_their_own_event()
    {
        var events = EventPipeline.Code("The Kenyan army criticized its own record on Monday.");

        var criticism = Assert.Single(events.WithCode("11"));
        Assert.Equal("KENMIL", criticism.SourceCode);
        Assert.Null(criticism.Target);
    }

    [Fact]
    public void A_killing_with_no_one_named_is_coded_without_a_source()
    {
        var events = EventPipeline.Code("At least three Kenyan soldiers were killed near the Somali border on Monday.");

        var killing = Assert.Single(events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Null(killing.Source);
        Assert.Equal("KENMIL", killing.TargetCode);
    }

    [Fact]
    public void A_passive_in_a_relative_clause_is_background_not_an_event_without_a_source()
    {
        var events = EventPipeline.Code("Kenyan troops returned to Lamu, where three Kenyan soldiers were killed last year.");

        Assert.DoesNotContain(events, e => e.Source is null);
    }

    [Fact]
    public void Violence_done_by_a_bomb_is_coded_with_no_source()
    {
        var events = EventPipeline.Code("A roadside bomb killed two Kenyan soldiers near Mandera on Monday.");

        var killing = Assert.Single(events.WithCode("19"));
        Assert.Null(killing.Source);
        Assert.Equal("KENMIL", killing.TargetCode);
    }

    [Fact]
    public void A_future_event_on_a_condition_is_a_threat()
    {
        var conditional = EventPipeline.Code("Kenya will withdraw its troops from Somalia unless the African Union pays their salaries.");
        var plain = EventPipeline.Code("Kenya will withdraw its troops from Somalia next year.");

        Assert.Contains(conditional, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.SourceCode == "KEN");
        Assert.DoesNotContain(plain, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Fact]
    public void Violence_done_by_a_blast_near_a_place_is_coded_with_no_source()
    {
        var events = EventPipeline.Code("A car bomb explosion near the town of Garissa killed four Kenyan policemen on Friday.");

        var killing = Assert.Single(events.WithCode("19"));
        Assert.Null(killing.SourceCode);
        Assert.StartsWith("KEN", killing.TargetCode);
    }

    [Fact]
    public void An_event_noun_takes_the_subject_of_undertake()
    {
        var events = EventPipeline.Code("Ghana's foreign minister undertook a mediation mission between Togo and Benin.");

        Assert.Contains(events, e => e.Cameo == "045" && e.SourceCode == "GHAGOV");
    }

    [Fact]
    public void An_event_noun_takes_the_subject_of_engage_in()
    {
        var events = EventPipeline.Code("Kenyan troops engaged in clashes with Somali militants near the border.");

        Assert.Contains(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.SourceCode == "KENMIL" && e.TargetCode?.StartsWith("SOM", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_reminder_that_someone_must_act_is_a_demand_on_them()
    {
        var events = EventPipeline.Code("Ghana's president reminded Togo that it must release the detained Ghanaian fishermen.");

        Assert.Contains(events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal) && e.SourceCode == "GHAGOV");
    }

    [Fact]
    public void What_is_fired_may_stand_between_the_verb_and_its_target()
    {
        var events = EventPipeline.Code("Kenyan troops fired several mortar rounds at Somali militants near the border.");

        var attack = Assert.Single(events.WithCode("19"));
        Assert.Equal("KENMIL", attack.SourceCode);
        Assert.StartsWith("SOM", attack.TargetCode);
    }

    [Fact]
    public void Allowing_a_return_in_the_future_is_an_intent_to_yield()
    {
        var future = EventPipeline.Code("Kenya said it would allow the return of Ugandan refugees next year.");
        var done = EventPipeline.Code("Kenya allowed the return of Ugandan refugees on Monday.");

        Assert.Contains(future, e => e.Cameo.StartsWith("035", StringComparison.Ordinal) && e.SourceCode == "KEN");
        Assert.Contains(done, e => e.Cameo.StartsWith("084", StringComparison.Ordinal) && e.SourceCode == "KEN");
    }

    [Fact]
    public void A_planned_act_is_coded_as_the_threat_or_intent_it_states()
    {
        var planned = EventPipeline.Code("Kenya plans to impose new restrictions on Ugandan traders.");
        var prepared = EventPipeline.Code("Tanzania is prepared to release the detained Kenyan fishermen.");
        var done = EventPipeline.Code("Kenya imposed new restrictions on Ugandan traders.");

        Assert.Contains(planned, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.SourceCode == "KEN");
        Assert.Empty(planned.WithCode("17"));
        Assert.Contains(prepared, e => e.Cameo.StartsWith("035", StringComparison.Ordinal) && e.SourceCode == "TZA");
        Assert.Empty(prepared.WithCode("08"));
        Assert.Contains(done, e => e.Cameo.StartsWith("17", StringComparison.Ordinal) && e.SourceCode == "KEN");
    }

    [Fact]
    public void Agreeing_to_an_act_is_coded_as_the_intent_to_do_it()
    {
        var events = EventPipeline.Code("Ghana agreed to release the detained Togolese fishermen.");

        Assert.Contains(events, e => e.Cameo.StartsWith("035", StringComparison.Ordinal) && e.SourceCode == "GHA" && e.TargetCode?.StartsWith("TGO", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(events, e => e.Cameo == "030");
    }

    [Fact]
    public void An_offer_inside_a_rejection_is_no_intent_of_the_rejecter()
    {
        var events = EventPipeline.Code("Togo rejected a Ghanaian offer to host talks with Benin.");

        Assert.Contains(events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal) && e.SourceCode == "TGO");
        Assert.Empty(events.WithCode("03"));
    }

    [Fact]
    public void A_country_adjective_before_a_vehicle_codes_the_source()
    {
        var tanks = EventPipeline.Code("Ethiopian tanks shelled positions near the Somali border.");
        var vessels = EventPipeline.Code("Chinese vessels fired water cannon at Philippine fishing boats near the shoal.");

        Assert.Contains(tanks, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.SourceCode == "ETHMIL");
        Assert.Contains(vessels, e => e.SourceCode == "CHN" && e.TargetCode == "PHL");
    }

    [Fact]
    public void An_event_noun_a_country_adjective_describes_is_that_countrys_event()
    {
        var events = EventPipeline.Code("Kenyan riots against Ugandan trade policies continued on Monday.");

        Assert.Contains(events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal) && e.SourceCode == "KEN" && e.TargetCode == "UGA");
    }

    [Fact]
    public void An_act_in_an_after_clause_is_background_to_the_main_event()
    {
        var events = EventPipeline.Code("Kenya restored diplomatic ties with Somalia two years after protesters attacked its embassy.");

        Assert.Contains(events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal) && e.SourceCode == "KEN" && e.TargetCode == "SOM");
        Assert.Empty(events.WithCode("1"));
    }

    [Fact]
    public void An_act_in_an_after_clause_is_coded_when_the_main_clause_states_no_event()
    {
        var events = EventPipeline.Code("The fighting in the north ended after the Ugandan government agreed to talks with the rebels.");

        Assert.Contains(events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.SourceCode == "UGAGOV" && e.TargetCode?.EndsWith("REB", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_passive_with_no_agent_takes_the_country_it_happened_in_as_source()
    {
        var events = EventPipeline.Code("A French journalist has been put under investigation in Spain for spying.");

        var investigation = Assert.Single(events.WithCode("09"));
        Assert.Equal("ESP", investigation.SourceCode);
        Assert.Equal("FRAMED", investigation.TargetCode);
    }

    [Fact]
    public void A_country_name_modifying_the_subjects_noun_is_the_target_of_a_passive()
    {
        var events = EventPipeline.Code("A US national was arrested in Spain on Monday.");

        var arrest = Assert.Single(events.WithCode("17"));
        Assert.Equal("USA", arrest.TargetCode);
        Assert.Equal("ESP", arrest.SourceCode);
    }

    [Fact]
    public void A_passive_of_a_verb_with_a_particle_takes_its_subject_as_target_not_the_place_after_it()
    {
        var events = EventPipeline.Code("Two Kenyan traders were shot dead in Somalia on Monday.");

        var shooting = Assert.Single(events.WithCode("18"));
        Assert.StartsWith("KEN", shooting.TargetCode);
        Assert.Equal("SOM", shooting.SourceCode);
    }

    [Fact]
    public void Agreeing_that_ones_countries_should_cooperate_is_an_intent_and_saying_another_should_act_a_demand()
    {
        var agreed = EventPipeline.Code("Kenyan and Ugandan officials agreed that their countries should cooperate on border security.");
        var said = EventPipeline.Code("Kenya said Uganda should release the prisoners.");

        Assert.Contains(agreed, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.SourceCode == "KENGOV");
        Assert.Empty(agreed.WithCode("10"));
        Assert.Contains(said, e => e.Cameo == "100" && e.SourceCode == "KEN" && e.TargetCode == "UGA");
    }

    [Fact]
    public void A_second_verb_after_and_is_coded_outside_the_first_verbs_complement()
    {
        var events = EventPipeline.Code("The Kenyan government condemned the attack by Somali militants and promised aid to Ethiopia.");

        Assert.Contains(events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.SourceCode == "KENGOV");
        Assert.Contains(events, e => e.Cameo.StartsWith("033", StringComparison.Ordinal) && e.SourceCode == "KENGOV" && e.TargetCode == "ETH");
    }

    [Fact]
    public void An_event_noun_takes_the_subject_of_a_verb_that_speeds_it_up()
    {
        var events = EventPipeline.Code("Kenya speeded up the withdrawal of its troops from Somalia on Friday.");

        Assert.Contains(events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal) && e.SourceCode == "KEN");
    }

    [Fact]
    public void A_duty_to_reach_an_agreement_is_a_demand_on_each_party()
    {
        var events = EventPipeline.Code("The Ugandan president said Kenya and Tanzania must reach an agreement on the border.");

        Assert.Contains(events, e => e.Cameo == "100" && e.SourceCode == "UGAGOV" && e.TargetCode == "KEN");
        Assert.Contains(events, e => e.Cameo == "100" && e.SourceCode == "UGAGOV" && e.TargetCode == "TZA");
    }

    [Fact]
    public void Being_opposed_to_something_is_the_subjects_stance_not_a_passive()
    {
        var actor = EventPipeline.Code("The Ugandan government is opposed to the Kenyan government.");
        var mediation = EventPipeline.Code("Uganda is opposed to Kenyan mediation in the border dispute.");

        Assert.Contains(actor, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.SourceCode == "UGAGOV" && e.TargetCode == "KENGOV");
        Assert.Contains(mediation, e => e.Cameo == "126" && e.SourceCode == "UGA");
    }

    [Fact]
    public void Seeking_refuge_in_a_country_is_an_appeal_for_humanitarian_aid_to_it()
    {
        var events = EventPipeline.Code("Some 3,000 Somali families sought refuge in Kenya last month.");

        Assert.Contains(events, e => e.Cameo == "0233" && e.SourceCode?.StartsWith("SOM", StringComparison.Ordinal) == true && e.TargetCode == "KEN");
    }

    [Fact]
    public void A_named_bridge_is_still_a_bridge_that_protesters_block()
    {
        var events = EventPipeline.Code("Ugandan traders blocked the Malaba Bridge for three hours, Kenyan police said.");

        Assert.Contains(events, e => e.Cameo == "144" && e.SourceCode?.StartsWith("UGA", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_country_adjective_before_coordinated_nouns_places_both()
    {
        var events = EventPipeline.Code("Tanzanian media and government warned Burundi about the refugees.");

        Assert.Contains(events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.SourceCode == "TZAMED" && e.TargetCode == "BDI");
        Assert.Contains(events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.SourceCode == "TZAGOV" && e.TargetCode == "BDI");
    }

    [Fact]
    public void A_reporting_verb_in_a_relative_clause_is_no_statement_of_its_own()
    {
        var relative = EventPipeline.Code("The Kenyan minister, who told reporters that the talks had failed, left Nairobi on Monday.");
        var main = EventPipeline.Code("The Kenyan minister told reporters that the talks had failed.");

        Assert.DoesNotContain(relative, e => e.Cameo.StartsWith("01", StringComparison.Ordinal));
        Assert.Contains(main, e => e.Cameo.StartsWith("01", StringComparison.Ordinal) && e.SourceCode == "KENGOV");
    }

    [Fact]
    public void Seizing_people_as_hostages_is_an_abduction_not_a_seizure_of_property()
    {
        var events = EventPipeline.Code("Kenyan rebels seized three Ugandan engineers as hostages.");

        Assert.Contains(events, e => e.Cameo == "181" && e.SourceCode?.StartsWith("KEN", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(events, e => e.Cameo == "171");
    }

    [Fact]
    public void Cooperation_offered_on_a_condition_is_an_intent_not_a_threat()
    {
        var offer = EventPipeline.Code("Ugandan rebel leaders said they would meet the Kenyan envoy if he guaranteed their safety.");
        var threat = EventPipeline.Code("Kenya will withdraw its troops from Somalia unless the African Union pays their salaries.");

        Assert.Contains(offer, e => e.Cameo == "036" && e.SourceCode?.StartsWith("UGA", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(offer, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Contains(threat, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.SourceCode == "KEN");
    }

    [Fact]
    public void A_plural_noun_may_modify_a_patterns_noun_right_before_it()
    {
        var events = EventPipeline.Code("Kenya condemned the raid and withdrew its weapons inspectors and engineers from Somalia.");
        var apart = EventPipeline.Code("Kenya condemned the raid and withdrew its weapons and its inspectors from Somalia.");

        Assert.Contains(events, e => e.Cameo == "1662" && e.SourceCode == "KEN");
        Assert.DoesNotContain(apart, e => e.Cameo == "1662");
    }

    [Fact]
    public void Expelling_diplomats_reduces_relations_where_expelling_people_deports_them()
    {
        var diplomats = EventPipeline.Code("Kenya expelled two Ugandan diplomats on Tuesday.");
        var traders = EventPipeline.Code("Kenya expelled two Ugandan traders on Tuesday.");

        Assert.Contains(diplomats, e => e.Cameo == "161" && e.SourceCode == "KEN");
        Assert.Contains(traders, e => e.Cameo == "174" && e.SourceCode == "KEN");
    }

    [Fact]
    public void Carrying_on_a_hunger_strike_is_conducting_it()
    {
        var events = EventPipeline.Code("Kenyan teachers continued their hunger strike in Nairobi on Monday.");

        Assert.Contains(events, e => e.Cameo == "142" && e.SourceCode?.StartsWith("KEN", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_built_in_meeting_pattern_is_paired_as_CAMEO_pairs_its_code()
    {
        var meeting = Chronicle.Events.PatternDictionary.Default.ForVerb("met").First(p => p.Code == "040");
        var statement = Chronicle.Events.PatternDictionary.Default.ForVerb("said").First();

        Assert.Equal("040", meeting.Paired);
        Assert.Null(statement.Paired);
        Assert.Equal("043", meeting.Recoded("042").Paired);
        Assert.Null(meeting.Recoded("036").Paired);
    }

    [Fact]
    public void A_negated_future_yield_is_a_refusal_and_a_negated_past_codes_nothing()
    {
        var future = EventPipeline.Code("Kenya said it would not release the Ugandan prisoners.");
        var past = EventPipeline.Code("Kenya did not release the Ugandan prisoners.");

        Assert.Contains(future, e => e.Cameo == "1243" && e.SourceCode == "KEN");
        Assert.DoesNotContain(future, e => e.Cameo.StartsWith("08", StringComparison.Ordinal));
        Assert.DoesNotContain(past, e => e.Cameo.StartsWith("08", StringComparison.Ordinal) || e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void A_protest_voiced_at_the_end_of_a_report_is_a_disapproval_and_a_staged_one_a_protest()
    {
        var voiced = EventPipeline.Code("Kenyan police are detaining refugees without charge, a Ugandan rights group protested on Friday.");
        var staged = EventPipeline.Code("Ugandan students protested outside the Kenyan embassy on Friday.");

        Assert.Contains(voiced, e => e.Cameo == "110" && e.SourceCode?.StartsWith("UGA", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(voiced, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Contains(staged, e => e.Cameo.StartsWith("14", StringComparison.Ordinal) && e.SourceCode?.StartsWith("UGA", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_Nigerian_ethnic_group_is_coded_with_its_country_and_group()
    {
        var events = EventPipeline.Code("Yoruba elders demanded the release of the detained activists.");

        Assert.Contains(events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal) && e.SourceCode == "NGAYRB");
    }

    [Fact]
    public void A_list_of_targets_ends_at_its_conjunction()
    {
        var events = EventPipeline.Code("Ghana condemned Togo and Benin, and Mali praised Niger.");

        Assert.Contains(events, e => e.Cameo == "111" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
        Assert.Contains(events, e => e.Cameo == "111" && e.SourceCode == "GHA" && e.TargetCode == "BEN");
        Assert.DoesNotContain(events, e => e.SourceCode == "GHA" && e.TargetCode is "MLI" or "NER");
    }

    [Fact]
    public void A_name_is_no_target_of_the_same_name()
    {
        var events = EventPipeline.Code("Ghana, Togo and Benin all praised Togo.");

        Assert.Contains(events, e => e.Cameo == "051" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
        Assert.Contains(events, e => e.Cameo == "051" && e.SourceCode == "BEN" && e.TargetCode == "TGO");
        Assert.DoesNotContain(events, e => e.SourceCode == "TGO" && e.TargetCode == "TGO");
    }

    [Fact]
    public void A_possessive_pronoun_s_phrase_is_aimed_at_the_actor_it_names()
    {
        var events = EventPipeline.Code("Kenya praised its talks with Uganda.");

        Assert.Contains(events, e => e.Cameo == "051" && e.SourceCode == "KEN" && e.TargetCode == "UGA");
    }

    [Fact]
    public void A_gerund_modifying_a_noun_stays_inside_the_target_s_phrase()
    {
        var events = EventPipeline.Code("Kenya held talks with the governing council of Uganda.");

        Assert.Contains(events, e => e.Cameo == "046" && e.SourceCode == "KEN" && e.TargetCode == "UGA");
    }

    [Fact]
    public void A_past_participle_after_the_target_s_noun_links_it_to_the_actor()
    {
        var events = EventPipeline.Code("Kenya welcomed the proposals sent by Uganda.");

        Assert.Contains(events, e => e.Cameo == "051" && e.SourceCode == "KEN" && e.TargetCode == "UGA");
    }

    [Fact]
    public void A_gerund_after_a_time_conjunction_is_background_to_the_main_clause()
    {
        var events = EventPipeline.Code("Kenya signed a trade pact with Uganda after criticizing Tanzania.");

        Assert.Contains(events, e => e.Cameo == "057" && e.SourceCode == "KEN" && e.TargetCode == "UGA");
        Assert.DoesNotContain(events, e => e.TargetCode == "TZA");
    }

    [Fact]
    public void A_statement_in_a_relative_clause_after_a_preposition_is_no_event()
    {
        // A dictionary that codes "said" towards whom it is about, as PETRARCH's do.
        using var scratch = new ScratchDir();
        scratch.Write("mine.verbs.txt", "--- SAY [010] ---\nSAY {SAID SAYS}\n");
        var pipeline = Chronicle.Pipeline.ArticlePipeline.CreateDefault(patterns: Chronicle.Events.Petrarch.PetrarchVerbs.LoadFolder(scratch.Root, out _));

        var relative = EventPipeline.Code(pipeline, "Kenya attacked Uganda following raids in which Tanzanian officials said Ugandan civilians died.");
        var main = EventPipeline.Code(pipeline, "Tanzanian officials said Ugandan civilians died.");

        Assert.Contains(relative, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.SourceCode == "KEN");
        Assert.DoesNotContain(relative, e => e.Cameo == "010");
        Assert.Contains(main, e => e.Cameo == "010" && e.SourceCode == "TZAGOV");
    }

    [Theory]
    [InlineData("Lawmakers in Kenya and Uganda welcomed the resumption of formal trade talks with Tanzania on Monday, officials in Nairobi said.", "KENLEG", "UGALEG")]
    [InlineData("Judges from Ghana, Togo and Benin praised the new court of appeal set up by Nigeria last year, a spokesman for the court said.", "GHAJUD", "BENJUD")]
    [InlineData("The Kenyan and Ugandan governments welcomed the resumption of formal trade talks with Tanzania on Monday, officials in Nairobi said.", "KENGOV", "UGAGOV")]
    public void A_description_of_several_countries_is_an_actor_of_each(string text, string first, string last)
    {
        var events = EventPipeline.Code(text);

        Assert.Contains(events, e => e.SourceCode == first);
        Assert.Contains(events, e => e.SourceCode == last);
        // The countries of the list are where the actors are from, not actors of their own.
        Assert.DoesNotContain(events, e => e.SourceCode is "KEN" or "UGA" or "GHA" or "BEN");
    }

    [Fact]
    public void A_name_that_codes_no_actor_does_not_break_a_list()
    {
        var subjects = EventPipeline.Code("Ghana, Zorvania, Togo and Benin welcomed the new trade pact with Nigeria on Monday, officials in Accra said.");
        var targets = EventPipeline.Code("Nigeria on Monday praised Ghana, the Vellmark, Togo and Benin for their help with the new regional trade pact.");

        Assert.Contains(subjects, e => e.SourceCode == "GHA" && e.TargetCode == "NGA");
        Assert.Contains(subjects, e => e.SourceCode == "BEN" && e.TargetCode == "NGA");
        Assert.Contains(targets, e => e.SourceCode == "NGA" && e.TargetCode == "GHA");
        Assert.Contains(targets, e => e.SourceCode == "NGA" && e.TargetCode == "BEN");
    }
}
