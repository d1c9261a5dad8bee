using System.Text;

namespace Galley.Lexicon;

/// <summary>A rough key for how an English word sounds, so that spellings written by ear meet their words:
/// athority ~ authority, wimpered ~ whimpered, remineced ~ reminisced. Vowels collapse to one mark (only a leading
/// vowel is kept as such), silent and doubled letters drop, and letter groups that sound alike share a code.</summary>
public static class SoundKey
{
    public static string Of(ReadOnlySpan<char> word)
    {
        var w = word.ToString().ToLowerInvariant();
        var key = new StringBuilder(w.Length);
        char last = '\0';
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char next = i + 1 < w.Length ? w[i + 1] : '\0';
            char code;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y':
                    code = i == 0 ? 'A' : 'V';
                    break;
                case 'w' when next is 'h' or 'r': continue;   // whimper, write
                case 'w' or 'h' when i > 0: continue;          // mostly silent or vowel-like after a letter
                case 'k' when i == 0 && next == 'n': continue;    // know
                case 'g' when i == 0 && next == 'n': continue;    // gnaw
                case 'p' when next == 'h': code = 'F'; i++; break;
                case 'p' when i == 0 && next is 's' or 'n': continue;   // psalm, pneumonia
                case 'c' when next is 'e' or 'i' or 'y': code = 'S'; break;
                case 'c' when next == 'h': code = 'X'; i++; break;
                case 's' when next == 'h': code = 'X'; i++; break;
                case 't' when next == 'h': code = '0'; i++; break;
                case 't' when next == 'i' && i + 2 < w.Length && w[i + 2] is 'o' or 'a': code = 'X'; break;   // nation
                case 'g' when next == 'h': i++; continue;        // night, though
                case 'd' when next == 'g': continue;              // edge
                case 'c' or 'k' or 'q': code = 'K'; break;
                case 'x': code = 'K'; break;
                case 'z': code = 'S'; break;
                case 'v': code = 'F'; break;
                case 'b' when i > 0 && w[i - 1] == 'm' && next == '\0': continue;   // lamb
                default:
                    code = char.IsLetter(c) ? char.ToUpperInvariant(c) : '\0';
                    break;
            }
            if (code == '\0' || code == last) continue;
            key.Append(code);
            last = code;
        }
        // trailing vowel marks say little (silent e); the key is the consonant skeleton with vowel slots
        while (key.Length > 1 && key[^1] == 'V') key.Length--;
        return key.ToString();
    }
}
