using Chronicle.Text;
using static Chronicle.Tests.Text.TextTesting;

namespace Chronicle.Tests.Text;

public class TokenizerWebTests
{
    [Fact]
    public void Keeps_a_url_whole_without_the_full_stop_after_it()
    {
        var text = "Read it at https://news.example.org/2021/05/story?id=7&lang=en.";
        Assert.Equal(["Read", "it", "at", "https://news.example.org/2021/05/story?id=7&lang=en", "."], Tokens(text));
        Assert.Equal(TokenKind.Url, KindOf(text, "https://news.example.org/2021/05/story?id=7&lang=en"));
    }

    [Fact]
    public void Keeps_a_www_address_whole()
    {
        Assert.Equal(["see", "www.example.com/path/page.html", ","], Tokens("see www.example.com/path/page.html,"));
    }

    [Fact]
    public void Keeps_a_bare_domain_name_whole()
    {
        Assert.Equal(["on", "gulfnews.com", "."], Tokens("on gulfnews.com."));
        Assert.Equal(TokenKind.Url, KindOf("on gulfnews.com.", "gulfnews.com"));
    }

    [Fact]
    public void Does_not_take_words_joined_by_a_period_for_a_domain()
    {
        Assert.Equal(["talks", "ended", ".", "Then"], Tokens("talks ended.Then"));
    }

    [Fact]
    public void Leaves_an_unbalanced_closing_bracket_outside_the_url()
    {
        Assert.Equal(["(", "http://example.net/a_(b)", ")"], Tokens("(http://example.net/a_(b))"));
    }

    [Fact]
    public void Keeps_an_email_address_whole()
    {
        var text = "Write to press.office@ministry.example.gov.";
        Assert.Equal(["Write", "to", "press.office@ministry.example.gov", "."], Tokens(text));
        Assert.Equal(TokenKind.Email, KindOf(text, "press.office@ministry.example.gov"));
    }

    [Fact]
    public void Keeps_a_hashtag_whole()
    {
        Assert.Equal(["protests", "#", "not", "#Basra2018"], Tokens("protests # not #Basra2018"));
        Assert.Equal(TokenKind.Hashtag, KindOf("x #Basra2018", "#Basra2018"));
    }

    [Fact]
    public void Keeps_a_hashtag_in_arabic_script_whole()
    {
        Assert.Equal(["#البصرة"], Tokens("#البصرة"));
    }

    [Fact]
    public void Keeps_a_handle_whole()
    {
        Assert.Equal(["@un_news", "posted"], Tokens("@un_news posted"));
        Assert.Equal(TokenKind.Handle, KindOf("@un_news posted", "@un_news"));
    }

    [Fact]
    public void Makes_an_emoji_a_symbol_token()
    {
        var text = "peace \U0001F54A\uFE0F now \U0001F44D\U0001F3FD";
        Assert.Equal(["peace", "\U0001F54A\uFE0F", "now", "\U0001F44D\U0001F3FD"], Tokens(text));
        Assert.Equal(TokenKind.Symbol, KindOf(text, "\U0001F44D\U0001F3FD"));
    }

    [Fact]
    public void Keeps_a_flag_emoji_as_one_symbol()
    {
        Assert.Equal(["\U0001F1EE\U0001F1F6", "!"], Tokens("\U0001F1EE\U0001F1F6!"));
    }

    [Fact]
    public void Makes_currency_and_percent_signs_symbols()
    {
        Assert.Equal(TokenKind.Symbol, KindOf("\u20AC5", "\u20AC"));
        Assert.Equal(TokenKind.Symbol, KindOf("5%", "%"));
    }
}
