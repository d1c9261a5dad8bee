using System.Text;

namespace Galley.Source;

/// <summary>Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
/// Anything else (binary data, invalid UTF-8) is refused with the byte offset of the first bad byte.</summary>
public static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], name, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(bytes[2..], name, bigEndian: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes[2..], name, bigEndian: true);
        return DecodeUtf8(bytes, name, 0);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string name, int baseOffset)
    {
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new InputException($"{name}: not a text file (a NUL byte at byte offset {baseOffset + nul}).");
        // Valid text (the usual case) is decoded straight into its string; only invalid text is decoded again, into
        // a buffer, to find the offset of its first bad byte.
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
            throw new InputException($"{name}: not valid UTF-8 (an invalid byte sequence at byte offset {baseOffset + read}). Save the file as UTF-8 and try again.");
        return new string(chars, 0, written);
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, string name, bool bigEndian)
    {
        if (bytes.Length % 2 != 0)
            throw new InputException($"{name}: not valid UTF-16 (an odd number of bytes).");
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            string text = encoding.GetString(bytes);
            int nul = text.IndexOf('\0');
            if (nul >= 0)
                throw new InputException($"{name}: not a text file (a NUL character at byte offset {2 + nul * 2}).");
            return text;
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"{name}: not valid UTF-16 (an invalid sequence at byte offset {2 + e.Index}).");
        }
    }
}
