using System.Text;

namespace DraftLint.Corpus;

/// <summary>The text of one block (a citation, recital, paragraph or footnote) with the injected errors it carries.</summary>
internal sealed class Passage
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Offset, string Text, InjectedError Error)> _marks = [];

    public string Text => _text.ToString();

    public IReadOnlyList<(int Offset, string Text, InjectedError Error)> Marks => _marks;

    public Passage Add(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Appends text that the linter must flag for <paramref name="error"/>.</summary>
    public Passage Mark(string text, InjectedError error)
    {
        _marks.Add((_text.Length, text, error));
        _text.Append(text);
        return this;
    }
}
