using System.Text;
using Galley.Source;

namespace Galley.Formats.Text;

/// <summary>Decodes a text file as <see cref="TextDecoder"/> does and encodes text back the same way (same byte-order mark).</summary>
internal static class TextEncoding
{
    public static string Decode(byte[] bytes, string path) => TextDecoder.Decode(bytes, path);

    public static byte[] Encode(string text, byte[] original)
    {
        ReadOnlySpan<byte> head = original;
        Encoding encoding;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) encoding = new UTF8Encoding(true);
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) encoding = new UnicodeEncoding(false, true);
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) encoding = new UnicodeEncoding(true, true);
        else encoding = new UTF8Encoding(false);
        var preamble = encoding.GetPreamble();
        var body = encoding.GetBytes(text);
        return [.. preamble, .. body];
    }
}
