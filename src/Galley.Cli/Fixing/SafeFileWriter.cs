using System.Security.Cryptography;
using Galley.Source;

namespace Galley.Cli.Fixing;

/// <summary>Writes fixed files so the original is never damaged: the new content goes to a temporary file in the
/// same folder, is flushed to disk, and only then renamed into place. Replacing the original keeps a backup and
/// refuses when the file changed since Galley read it.</summary>
internal sealed class SafeFileWriter(Func<string, Stream>? openTemporary = null)
{
    private readonly Func<string, Stream> _open = openTemporary ?? (path => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None));

    /// <summary>FILE.fixed.EXT beside FILE.</summary>
    public static string FixedPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + ".fixed" + Path.GetExtension(path));

    public static string BackupPath(string path) => path + ".bak";

    /// <summary>Writes a new file (replacing an earlier FILE.fixed.EXT, never the original).</summary>
    public void Write(string path, byte[] content)
    {
        var temporary = WriteTemporary(path, content);
        try { File.Move(temporary, path, overwrite: true); }
        catch { TryDelete(temporary); throw; }
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/>, keeping the previous file as FILE.bak,
    /// if the file still holds exactly <paramref name="original"/>.</summary>
    public void Replace(string path, byte[] content, byte[] original)
    {
        var temporary = WriteTemporary(path, content);
        try
        {
            // Checked after the slow write, as close to the rename as possible.
            if (!Unchanged(path, original))
                throw new InputException($"{path}: the file changed since Galley read it; nothing was written. Run galley fix again.");
            // The replacement keeps the original's permissions (a private draft stays private).
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            File.Replace(temporary, path, BackupPath(path), ignoreMetadataErrors: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static bool Unchanged(string path, byte[] original)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != original.Length) return false;
        return SHA256.HashData(File.ReadAllBytes(path)).AsSpan().SequenceEqual(SHA256.HashData(original));
    }

    private string WriteTemporary(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.galley-tmp");
        try
        {
            using var stream = _open(temporary);
            stream.Write(content);
            stream.Flush();
            if (stream is FileStream file) file.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        return temporary;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
