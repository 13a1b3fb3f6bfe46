using System.Text;
using DraftLint.Text;

namespace DraftLint.Tests.Parsing;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc")]
    [InlineData("a\r\nb\r\nc")]
    [InlineData("a\rb\rc")]
    public void Lines_end_at_LF_CRLF_and_CR(string text)
    {
        var source = new SourceText("t", text);

        source.LineCount.ShouldBe(3);
        source.GetLinePosition(text.IndexOf('c')).ShouldBe(new LinePosition(3, 1));
        source.ToString(source.GetLineSpan(2)).ShouldBe("b");
    }

    [Fact]
    public void Columns_count_UTF16_code_units()
    {
        var source = new SourceText("t", "Zjanaozen – ‘destructief’ 𝐀 end");

        source.GetLinePosition(source.Text.IndexOf("end", StringComparison.Ordinal)).ShouldBe(new LinePosition(1, 30));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Encodings_with_and_without_BOM_are_read(string encoding)
    {
        const string text = "Résolution – ‘test’\r\nline 2";
        byte[] bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };

        var source = SourceText.From("t", bytes);

        source.Text.ShouldBe(text);
        source.EncodingInfo.HasByteOrderMark.ShouldBe(encoding != "utf-8");
        source.EncodingInfo.NewLine.ShouldBe("\r\n");
    }

    [Fact]
    public void Binary_input_is_refused() =>
        Should.Throw<DecoderFallbackException>(() => SourceText.From("t", [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE, 0x00]));

    [Fact]
    public void A_restarted_text_builder_maps_each_text_on_its_own()
    {
        var source = new SourceText("t", "one two\nthree four\nfive");
        var builder = new MappedText.Builder(source);
        var first = builder.Append(new TextSpan(4, 3)).AppendJoiner(" ").Append(new TextSpan(8, 5)).Build();

        Should.Throw<ObjectDisposedException>(() => builder.Append(new TextSpan(0, 3)));
        var second = builder.Restart(8).Append(new TextSpan(19, 4)).Build();
        Should.Throw<InvalidOperationException>(() => builder.Restart(8).Restart(8));

        first.Value.ShouldBe("two three");
        first.ToSource(new TextSpan(4, 5)).ShouldBe(new TextSpan(8, 5));
        first.IsContiguous(new TextSpan(0, 9)).ShouldBeFalse();
        second.Value.ShouldBe("five");
        second.ToSource(new TextSpan(0, 4)).ShouldBe(new TextSpan(19, 4));
    }
}
