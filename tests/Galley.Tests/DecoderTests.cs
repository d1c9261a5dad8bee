using System.Text;
using Galley.Source;

namespace Galley.Tests;

public class DecoderTests
{
    [Fact]
    public void Reads_utf8_with_and_without_bom_and_utf16()
    {
        Assert.Equal("café", TextDecoder.Decode(Encoding.UTF8.GetBytes("café"), "a"));
        Assert.Equal("café", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("café")], "a"));
        Assert.Equal("café", TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("café")], "a"));
        Assert.Equal("café", TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("café")], "a"));
        Assert.Equal("", TextDecoder.Decode([], "a"));
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode([(byte)'a', (byte)'b', 0xC3, 0x28], "draft.txt"));
        Assert.Contains("draft.txt", e.Message);
        Assert.Contains("byte offset 2", e.Message);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode([0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0], "image.png"));
        Assert.Contains("image.png", e.Message);
    }
}
