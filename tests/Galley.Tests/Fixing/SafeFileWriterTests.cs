using Galley.Cli.Fixing;
using Galley.Source;

namespace Galley.Tests.Fixing;

public class SafeFileWriterTests
{
    /// <summary>A stream that fails after a few bytes, like a full disk.</summary>
    private sealed class FailingStream(Stream inner, int failAfter) : Stream
    {
        private int _written;
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_written + buffer.Length > failAfter) { inner.Write(buffer[..(failAfter - _written)]); throw new IOException("No space left on device"); }
            inner.Write(buffer);
            _written += buffer.Length;
        }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    }

    private static SafeFileWriter Failing() => new(path => new FailingStream(File.Create(path), failAfter: 10));

    [Fact]
    public void A_failure_while_replacing_in_place_leaves_the_original_intact()
    {
        var path = CliRunner.TempFile("draft.txt", "The original words.");
        var original = File.ReadAllBytes(path);
        Assert.Throws<IOException>(() => Failing().Replace(path, "The new words, longer than ten bytes."u8.ToArray(), original));
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!)); // no temporary or backup left behind
    }

    [Fact]
    public void A_failure_while_writing_the_fixed_copy_leaves_no_partial_file()
    {
        var path = CliRunner.TempFile("draft.txt", "The original words.");
        var target = SafeFileWriter.FixedPath(path);
        Assert.Throws<IOException>(() => Failing().Write(target, "The new words, longer than ten bytes."u8.ToArray()));
        Assert.False(File.Exists(target));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Replacing_refuses_when_the_file_changed_since_it_was_read()
    {
        var path = CliRunner.TempFile("draft.txt", "The original words.");
        var original = File.ReadAllBytes(path);
        File.WriteAllText(path, "The writer kept typing.");
        var e = Assert.Throws<InputException>(() => new SafeFileWriter().Replace(path, "fixed"u8.ToArray(), original));
        Assert.Contains("changed since Galley read it", e.Message);
        Assert.Equal("The writer kept typing.", File.ReadAllText(path));
        Assert.False(File.Exists(SafeFileWriter.BackupPath(path)));
    }

    [Fact]
    public void The_fix_command_refuses_when_the_file_changes_before_writing()
    {
        var path = CliRunner.TempFile("draft.txt", "The glass fellfrom the shelf.\n");
        // The writer changes the file between Galley's read and its write.
        var writer = new SafeFileWriter(temporary => { File.AppendAllText(path, "More.\n"); return File.Create(temporary); });
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new Galley.Cli.ConsoleIO(output, error, new StringReader(""));
        var command = Galley.Cli.Commands.FixCommand.Create(io, writer);
        var root = new System.CommandLine.RootCommand { command };
        var e = Assert.Throws<InputException>(() => root.Parse(["fix", path, "--in-place"]).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false }));
        Assert.Contains("changed since Galley read it", e.Message); // Program.Run turns it into exit code 2
        Assert.Equal("The glass fellfrom the shelf.\nMore.\n", File.ReadAllText(path));
    }
}
