using Galley.Text;

namespace Galley.Document;

public enum TokenKind : byte
{
    Word,
    Number,
    /// <summary>. , ; : ! ? and other single marks (a run such as "?!" is one token).</summary>
    Punctuation,
    /// <summary>"..." or "…".</summary>
    Ellipsis,
    /// <summary>"--", en or em dash, or a hyphen standing alone or cutting speech off ("you-").</summary>
    Dash,
    /// <summary>A double or single quotation mark (not an apostrophe inside a word).</summary>
    Quote,
    /// <summary>( ) [ ] { }.</summary>
    Bracket,
    Url,
    Email,
    Symbol,
}

[Flags]
public enum TokenFlags : ushort
{
    None = 0,
    /// <summary>First letter is upper case.</summary>
    Capitalized = 1,
    /// <summary>Two or more letters, all upper case.</summary>
    AllCaps = 2,
    Hyphenated = 4,
    HasApostrophe = 8,
    /// <summary>Inside a quoted span of speech.</summary>
    InSpeech = 16,
    /// <summary>The first word of a sentence.</summary>
    SentenceStart = 32,
    /// <summary>An opening quotation mark.</summary>
    Opening = 64,
    /// <summary>A closing quotation mark.</summary>
    Closing = 128,
    /// <summary>Inside a single-quoted mention or sound ('we', 'thunk'), which is not speech.</summary>
    InMention = 256,
    /// <summary>Preceded by white space (or the start of the paragraph).</summary>
    SpaceBefore = 512,
    HasDigit = 1024,
    /// <summary>A word that is the first after an opening quote.</summary>
    SpeechStart = 2048,
}

/// <summary>A token: a span of the text and what it is. Its text is read from the manuscript, never copied.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    public int End => Start + Length;
    public TextSpan Span => new(Start, Length);
    public bool Is(TokenFlags flag) => (Flags & flag) != 0;
    public bool IsWord => Kind == TokenKind.Word;
    public Token With(TokenFlags flag) => this with { Flags = Flags | flag };
}
