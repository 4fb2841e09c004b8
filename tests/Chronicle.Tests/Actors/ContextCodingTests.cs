using Chronicle.Actors;

namespace Chronicle.Tests.Actors;

/// <summary>Names no dictionary holds are coded from what the sentence says about them.</summary>
public class ContextCodingTests
{
    [Fact]
    public void A_title_with_a_country_codes_the_name_after_it()
    {
        var actors = ActorPipeline.Code("Jordan's Foreign Minister Tareq Salloum arrived in Cairo on Monday for talks.");

        var name = actors.Find("Tareq Salloum");
        Assert.Equal("JORGOV", name.Code);
        Assert.Equal(ActorVia.Context, name.Via);
    }

    [Theory]
    [InlineData("Ghana's minister of defence flew to Lome on Monday for talks with the government of Togo about the border.", "minister of defence", "GHAGOVMIL")]
    [InlineData("Ghana's Minister of Defence flew to Lome on Monday for talks with the government of Togo about the border.", "Minister of Defence", "GHAGOVMIL")]
    [InlineData("Ghana's head of state flew to Lome on Monday for talks with the government of Togo about the border.", "head of state", "GHAGOV")]
    [InlineData("Ghanaian Minister of Defence Kwame Asante flew to Lome on Monday for talks with the government of Togo about the border.", "Kwame Asante", "GHAGOVMIL")]
    public void A_title_written_with_of_keeps_its_sector(string sentence, string mention, string code)
    {
        var actors = ActorPipeline.Code(sentence);

        Assert.Equal(code, actors.Find(mention).Code);
    }

    [Theory]
    [InlineData("The president of Ghana flew to Lome on Monday for talks with the government of Togo about the border.", "president", "GHAGOV")]
    [InlineData("Senior officials of Ghana flew to Lome on Monday for talks with the government of Togo about the border.", "Senior officials", "GHAGOV")]
    public void A_role_of_a_country_keeps_its_sector(string sentence, string mention, string code)
    {
        var actors = ActorPipeline.Code(sentence);

        Assert.Equal(code, actors.Find(mention).Code);
    }

    [Theory]
    [InlineData("Investigators from the United Nations looked into reports of mass graves near the town of Tarhuna on Monday.", "Investigators", "IGOUNO")]
    [InlineData("Fighters of Hezbollah fired rockets at an army post near the border with Israel on Monday.", "Fighters", "LBNREB")]
    public void Fighters_and_investigators_of_a_body_are_that_body(string sentence, string mention, string code)
    {
        var actors = ActorPipeline.Code(sentence);

        Assert.Equal(code, actors.Find(mention).Code);
    }

    [Fact]
    public void A_leaders_name_before_a_body_says_whose_body_it_is()
    {
        var actors = ActorPipeline.Code("The Obama administration imposed new sanctions on North Korea after the nuclear test in the mountains.", new DateOnly(2016, 2, 1));

        Assert.Equal("USAGOV", actors.Find("Obama administration").Code);
    }

    [Fact]
    public void A_sector_noun_takes_no_country_from_another_persons_title()
    {
        var actors = ActorPipeline.Code("Kenya's Foreign Minister Joseph Otieno spoke with army chief Samuel Wekesa on Tuesday.");

        Assert.Equal("KENGOV", actors.Find("Joseph Otieno").Code);
        Assert.Equal("MIL", actors.Find("Samuel Wekesa").Code);
    }

    [Fact]
    public void A_sector_noun_takes_the_storys_country_over_a_country_in_another_persons_title()
    {
        var actors = ActorPipeline.Code("Somali troops clashed with al-Shabaab fighters near Mogadishu on Monday. Somali mediators met in Doha. "
            + "U.S. Secretary of State Mary Collins spoke with army chief Samuel Wekesa on Tuesday.");

        Assert.Equal("SOMMIL", actors.Find("Samuel Wekesa").Code);
    }

    [Fact]
    public void Supporters_of_a_former_leader_take_the_country_the_leader_gets_from_the_story()
    {
        var actors = ActorPipeline.Code("Supporters of the former prime minister rallied in Nairobi on Saturday.");

        Assert.Equal("KENELI", actors.Find("former prime minister").Code);
        Assert.Equal("KENELI", actors.Find("Supporters").Code);
    }

    [Fact]
    public void An_apposition_codes_the_name_before_it()
    {
        var actors = ActorPipeline.Code("Rami Khoury, head of Lebanon's army, said the border was calm.");

        Assert.Equal("LBNMIL", actors.Find("Rami Khoury").Code);
    }

    [Fact]
    public void A_description_names_its_country_and_sector()
    {
        var actors = ActorPipeline.Code("Kenyan police arrested three men after the protest in Nairobi.");

        Assert.Equal("KENCOP", actors.Find("Kenyan police").Code);
    }

    [Fact]
    public void A_possessive_gives_the_country_of_what_it_owns()
    {
        var actors = ActorPipeline.Code("Turkey's intelligence agency detained the suspects last week.");

        Assert.Equal("TURSPY", actors.Find("intelligence agency").Code);
    }

    [Fact]
    public void A_dictionary_name_with_a_possessive_inside_is_read_whole()
    {
        // "Sudan's army" is a name of the Sudanese Armed Forces; read as owner and owned, the owner was lost
        // and the army took the only other country in the sentence.
        var actors = ActorPipeline.Code("Sudan's army attacked rebel positions near the border with Chad.");

        Assert.Equal("SDNMIL", actors.Find("Sudan's army").Code);
    }

    [Fact]
    public void Jets_and_drones_are_the_armed_forces_that_fly_them_but_a_passenger_jet_is_no_actor()
    {
        Assert.Equal("ISRMIL", ActorPipeline.Code("Israeli jets struck targets in the south overnight.").Find("Israeli jets").Code);
        Assert.Equal("RUSMIL", ActorPipeline.Code("Russian drones hit power stations near the capital.").Find("Russian drones").Code);
        Assert.DoesNotContain(ActorPipeline.Code("An Emirati passenger jet landed safely on Monday."), a => a.Text.Contains("jet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_names_no_actor()
    {
        var actors = ActorPipeline.Code("DHAKA, Bangladesh (Chronicle) - Opposition supporters marched to the election commission on Saturday.");

        Assert.DoesNotContain(actors, a => a.Text.Contains("Bangladesh", StringComparison.Ordinal) || a.Text.Contains("DHAKA", StringComparison.Ordinal));
        Assert.Equal("BGDOPP", actors.Find("Opposition supporters").Code);
    }

    [Fact]
    public void Supporters_are_coded_by_what_they_support()
    {
        Assert.Equal("IRQOPP", ActorPipeline.Code("Iraqi opposition supporters gathered outside the court.").Find("Iraqi opposition supporters").Code);
    }

    [Fact]
    public void An_x_led_force_belongs_to_its_leader()
    {
        var actors = ActorPipeline.Code("The French-led forces left the base in the north.");

        Assert.Equal("FRAMIL", actors.Find("French-led forces").Code);
    }

    [Fact]
    public void An_organization_named_with_a_country_takes_that_country()
    {
        var actors = ActorPipeline.Code("The Kenya Human Rights Commission criticised the arrests on Friday.");

        Assert.Equal("KEN", SectorCodes.Parse(actors.Single(a => a.Text.Contains("Commission", StringComparison.Ordinal)).Code!).Country);
        Assert.Equal("HRI", SectorCodes.Parse(actors.Single(a => a.Text.Contains("Commission", StringComparison.Ordinal)).Code!).Sector);
    }

    [Fact]
    public void An_acronym_in_parentheses_names_the_same_actor_for_the_rest_of_the_story()
    {
        var actors = ActorPipeline.Code("The Somali Journalists Syndicate (SJS) condemned the arrest of two reporters. The SJS said the men were held without charge.");

        var first = actors.Single(a => a.Text.StartsWith("Somali Journalists Syndicate", StringComparison.Ordinal));
        Assert.Equal("SOMMED", first.Code);
        Assert.Equal("SOMMED", actors.Find("SJS").Code);
    }

    [Fact]
    public void Coordinated_demonyms_make_two_actors()
    {
        var actors = ActorPipeline.Code("Talks between the Egyptian and Sudanese governments resumed on Sunday.");

        Assert.Contains(actors, a => a.Code == "EGYGOV");
        Assert.Contains(actors, a => a.Code == "SDNGOV");
    }

    [Fact]
    public void A_description_without_a_country_takes_the_country_its_story_is_about()
    {
        var actors = ActorPipeline.Code("Heavy fighting was reported across Sudan on Tuesday. Residents said the shelling lasted all night.");

        Assert.Equal("SDNCVL", actors.Find("Residents").Code);
    }

    [Fact]
    public void A_day_after_the_actor_is_not_part_of_its_phrase()
    {
        var actors = ActorPipeline.Code("The German government today welcomed the plan, and Kenyan officials Friday rejected it.");

        Assert.Equal("DEUGOV", actors.Find("German government").Code);
        Assert.Equal("KENGOV", actors.Find("Kenyan officials").Code);
    }

    [Fact]
    public void A_verb_after_a_noun_ends_the_phrase_even_when_the_tagger_calls_it_a_participle()
    {
        var actors = ActorPipeline.Code("Ugandan rebels surrendered last week.");

        Assert.Equal("UGAREB", actors.Find("Ugandan rebels").Code);
    }
}
