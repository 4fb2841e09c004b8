using Chronicle.Actors;

namespace Chronicle.Tests.Actors;

/// <summary>Mentions that refer back within a story carry their antecedent's code.</summary>
public class CoreferenceTests
{
    private const string Visit =
        "Pakistan's Foreign Minister Bilal Rana arrived in Kabul on Sunday for two days of talks. " +
        "He met Afghan officials and discussed trade across the border. " +
        "The minister said both sides wanted calm. " +
        "Rana later flew to Doha.";

    [Fact]
    public void A_pronoun_takes_the_code_of_the_person_it_refers_to()
    {
        var he = ActorPipeline.Code(Visit).Find("He");

        Assert.Equal("PAKGOV", he.Code);
        Assert.Equal(ActorVia.Coreference, he.Via);
        Assert.Equal("Bilal Rana", he.Name);
    }

    [Fact]
    public void A_definite_description_refers_back_to_the_named_person()
    {
        var minister = ActorPipeline.Code(Visit).Find("minister");

        Assert.Equal("PAKGOV", minister.Code);
        Assert.Equal("Bilal Rana", minister.Name);
        Assert.Equal(ActorVia.Coreference, minister.Via);
    }

    [Fact]
    public void A_surname_alone_refers_back_to_the_full_name()
    {
        var rana = ActorPipeline.Code(Visit).Find("Rana");

        Assert.Equal("PAKGOV", rana.Code);
        Assert.Equal(ActorVia.Coreference, rana.Via);
    }

    [Fact]
    public void A_role_word_refers_back_to_the_person_who_holds_that_role()
    {
        var actors = ActorPipeline.Code(
            "Ghana's National Security Advisor Kwame Asante met Togolese officials in Lome. " +
            "The advisor said the two countries would share intelligence.");

        Assert.Equal("GHAGOV", actors.Find("advisor").Code);
        Assert.Equal("Kwame Asante", actors.Find("advisor").Name);
    }

    [Fact]
    public void The_ministry_refers_back_to_the_named_ministry()
    {
        var actors = ActorPipeline.Code(
            "Kenya's Ministry of Health issued new rules for clinics on Monday. " +
            "The ministry said the rules would take effect in March.");

        var ministry = actors.Find("ministry");
        Assert.Equal("KENGOV", ministry.Code);
        Assert.Equal(ActorVia.Coreference, ministry.Via);
    }

    [Fact]
    public void The_statement_refers_back_to_whoever_issued_it()
    {
        var actors = ActorPipeline.Code(
            "Nigerian protesters said in a statement that the curfew was illegal. " +
            "The statement called for the release of those held.");

        Assert.Equal("NGAOPP", actors.Find("statement").Code);
    }

    [Fact]
    public void They_refers_back_to_a_group()
    {
        var actors = ActorPipeline.Code("Hundreds of Chilean students marched in Santiago on Friday. They demanded lower fees.");

        Assert.Equal(actors.Find("Chilean students").Code, actors.Find("They").Code);
        Assert.StartsWith("CHL", actors.Find("They").Code);
    }

    [Fact]
    public void A_pronoun_with_nothing_to_refer_to_is_not_an_actor()
    {
        var actors = ActorPipeline.Code("It rained in the capital for most of the week.");

        Assert.DoesNotContain(actors, a => a.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void A_different_minister_is_not_the_one_named_before()
    {
        var actors = ActorPipeline.Code(
            "Chile's Foreign Minister Rosa Campos arrived in Lima on Monday. " +
            "She met Peru's president and the country's interior minister.");

        var interior = actors.Find("interior minister");
        Assert.Equal("PERGOV", interior.Code);
        Assert.NotEqual("Rosa Campos", interior.Name);
        Assert.Equal("PER", actors.Find("country").Code);
    }

    [Fact]
    public void The_same_words_with_another_country_are_another_actor()
    {
        var actors = ActorPipeline.Code(
            "Farmers in Zambia have asked the government to lower the price of fertiliser before the rains. " +
            "The government of Norway announced on Friday that it would fund a new seed bank near Lusaka.");

        var governments = actors.All("government");
        Assert.Equal("ZMBGOV", governments[0].Code);
        Assert.Equal("NORGOV", governments[1].Code);
    }
}
