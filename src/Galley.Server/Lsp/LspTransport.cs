using System.Text;

namespace Galley.Server.Lsp;

/// <summary>LSP's base protocol: each JSON-RPC message is preceded by a Content-Length header and a blank line.
/// Reads one message at a time from the client and writes whole messages back, one writer at a time.</summary>
internal sealed class LspTransport(Stream input, Stream output, TextWriter log)
{
    /// <summary>Larger than any manuscript Galley reads (256 MB of text), so a bad header cannot make it allocate without bound.</summary>
    private const int MaxMessageBytes = 600 * 1024 * 1024;

    private readonly Stream _input = new BufferedStream(input);
    private readonly Lock _writing = new();

    /// <summary>The next message's body, or null when the client closed the stream.</summary>
    public byte[]? Read()
    {
        while (true)
        {
            int length = -1;
            while (true)
            {
                var line = ReadHeaderLine();
                if (line is null) return null;
                if (line.Length == 0) break;
                int colon = line.IndexOf(':');
                if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(line[(colon + 1)..].Trim(), out var n))
                    length = n;
            }
            if (length < 0 || length > MaxMessageBytes)
            {
                log.WriteLine($"galley lsp: skipped a message with a missing or impossible Content-Length ({length}).");
                continue;
            }
            var body = new byte[length];
            int read = 0;
            while (read < length)
            {
                int got = _input.Read(body, read, length - read);
                if (got == 0) return null;
                read += got;
            }
            return body;
        }
    }

    public void Write(ReadOnlySpan<byte> body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_writing)
        {
            output.Write(header);
            output.Write(body);
            output.Flush();
        }
    }

    /// <summary>A header line without its CRLF (a lone LF is accepted too); null at the end of the stream.</summary>
    private string? ReadHeaderLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            int b = _input.ReadByte();
            if (b < 0) return line.Length == 0 ? null : line.ToString();
            if (b == '\n') return line.ToString().TrimEnd('\r');
            if (line.Length > 8192) { line.Clear(); continue; }   // not a header: drop it rather than grow
            line.Append((char)b);
        }
    }
}
