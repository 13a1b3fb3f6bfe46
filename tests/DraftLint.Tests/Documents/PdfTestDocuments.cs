using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace DraftLint.Tests.Documents;

/// <summary>
/// Rebuilds a seed text (a PDF extraction) as the Word document it was extracted from, as a flat OpenDocument text
/// (.fodt) that LibreOffice turns into a PDF laid out as the Parliament lays out a draft: each item one justified
/// paragraph with its label at the margin and a tab to a hanging indent, 12 points after each paragraph, footnote
/// markers set as real footnotes (a raised, smaller number glued to its word, the body at the foot of its page), and a
/// running footer with the document's file name, the page number and the PE number.
/// </summary>
internal static partial class PdfTestDocuments
{
    /// <summary>The footer's three parts, each page debris the parser drops.</summary>
    public const string FooterFileName = @"RE\1234567EN.doc";

    public const string FooterPeNumber = "PE123.456v01-00";

    public static string EpStyledFodt(string seedText)
    {
        var lines = seedText.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();

        // Footnote bodies ("1 P7_TA-PROV(2011)0588", numbered in sequence after a blank line or another body) leave
        // the text; each becomes a note at its marker.
        var bodies = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var found = FootnoteBody().Match(lines[i]);
            var afterBreak = i == 0 || lines[i - 1].Length == 0 || (bodies.Count > 0 && lines[i - 1] == "\0");
            if (found.Success && afterBreak && int.Parse(found.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) == bodies.Count + 1)
            {
                bodies.Add(found.Groups["body"].Value);
                lines[i] = "\0";
            }
        }

        // Paragraphs: the lines between blank lines, joined; a block after a paragraph that ends in mid-sentence (on a
        // word in lower case or a hyphen) goes on with the paragraph a page break cut, and a label at the start of a
        // line starts a paragraph of its own.
        var paragraphs = new List<StringBuilder>();
        var blank = true;
        foreach (var raw in lines)
        {
            if (raw == "\0")
            {
                continue;
            }

            var line = raw.Trim();
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            var continues = paragraphs.Count > 0 && (!blank || InMidSentence(paragraphs[^1])) && !Label().IsMatch(line);
            if (continues)
            {
                var current = paragraphs[^1];
                if (current[^1] != '-')
                {
                    current.Append(' ');
                }

                current.Append(line);
            }
            else
            {
                paragraphs.Add(new StringBuilder(line));
            }

            blank = false;
        }

        var body = new StringBuilder();
        var nextNote = 1;
        foreach (var paragraph in paragraphs.Select(p => p.ToString()))
        {
            var label = Label().Match(paragraph);
            var content = label.Success ? paragraph[label.Length..] : paragraph;
            var xml = new StringBuilder();
            var at = 0;
            while (nextNote <= bodies.Count && Marker(nextNote).Match(content, at) is { Success: true } marker)
            {
                xml.Append(Escape(content[at..marker.Index]));
                xml.Append(CultureInvariant($"<text:note text:id=\"ftn{nextNote}\" text:note-class=\"footnote\"><text:note-citation>{nextNote}</text:note-citation><text:note-body><text:p text:style-name=\"Footnote\">{Escape(bodies[nextNote - 1])}</text:p></text:note-body></text:note>"));
                at = marker.Index + marker.Length;
                nextNote++;
            }

            xml.Append(Escape(content[at..]));
            body.Append(label.Success
                ? $"<text:p text:style-name=\"Hanging\">{Escape(label.Groups["label"].Value)}<text:tab/>{xml}</text:p>\n"
                : $"<text:p text:style-name=\"Body\">{xml}</text:p>\n");
        }

        if (nextNote <= bodies.Count)
        {
            throw new InvalidOperationException($"no marker found for footnote {nextNote}");
        }

        return Template.Replace("{footer}", Escape(FooterFileName) + "<text:tab/><text:page-number text:select-page=\"current\">1</text:page-number>/<text:page-count>1</text:page-count><text:tab/>" + Escape(FooterPeNumber), StringComparison.Ordinal)
            .Replace("{body}", body.ToString(), StringComparison.Ordinal);
    }

    private static bool InMidSentence(StringBuilder paragraph) => char.IsLower(paragraph[^1]) || paragraph[^1] == '-';

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);

    private static string Escape(string text) => SecurityElement.Escape(text);

    /// <summary>A footnote marker glued to the end of a word or a year ("Asia1,", "Council2,", "december 20111,").</summary>
    private static Regex Marker(int number) => new($@"(?<=\p{{L}}|(?<!\d)(?:19|20)\d\d){number}(?=[,;.:)\s]|$)", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(?<number>\d{1,2})\s+(?<body>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteBody();

    [GeneratedRegex(@"^(?<label>–|\d{1,2}\.|[A-Z]{1,2}\.)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    private const string Template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:styles>
        <style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.27cm"/><style:text-properties fo:font-size="12pt" fo:language="en" fo:country="GB"/></style:default-style>
        <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="12pt" fo:text-align="justify"/></style:style>
        <style:style style:name="Hanging" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.27cm" fo:text-indent="-1.27cm" fo:margin-bottom="12pt" fo:text-align="justify"/></style:style>
        <style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/><style:text-properties fo:font-size="10pt"/></style:style>
        <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
        <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
        <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
        <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>
        </office:styles>
        <office:automatic-styles>
        <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
        </office:automatic-styles>
        <office:master-styles>
        <style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer></style:master-page>
        </office:master-styles>
        <office:body><office:text>
        {body}</office:text></office:body></office:document>
        """;
}
