using System.Diagnostics;

namespace Galley.Tests.Reliability;

/// <summary>A full disk or a read-only folder: `galley fix` says so and exits 2, and the manuscript is left exactly as
/// it was. A tiny tmpfs stands in for the disk, which needs root and mount (true in CI); elsewhere the tests skip.</summary>
public sealed class FileSystemFailureTests : IDisposable
{
    private const string Draft = "The glass fellfrom the shelf. I never beleived him.\n";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "galley-fs-" + Guid.NewGuid().ToString("N"));
    private bool _mounted;

    private void MountTinyDisk()
    {
        Directory.CreateDirectory(_folder);
        if (Environment.UserName != "root" || Run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", _folder) != 0)
            Assert.Skip("needs root and mount to make a small disk");
        _mounted = true;
        File.WriteAllText(Path.Combine(_folder, "draft.txt"), Draft);
    }

    [Fact]
    public void A_full_disk_is_reported_and_the_original_is_intact()
    {
        MountTinyDisk();
        // Fill what is left of the disk.
        try { File.WriteAllBytes(Path.Combine(_folder, "pad"), new byte[64 * 1024]); } catch (IOException) { }
        var path = Path.Combine(_folder, "draft.txt");
        var (exit, _, error) = CliRunner.Run("fix", path, "--in-place");
        Assert.Equal(2, exit);
        Assert.Contains("No space left on device", error);
        Assert.Equal(Draft, File.ReadAllText(path));
        Assert.DoesNotContain(Directory.GetFiles(_folder), f => f.EndsWith(".galley-tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_read_only_folder_is_reported_and_the_original_is_intact()
    {
        MountTinyDisk();
        Assert.Equal(0, Run("mount", "-o", "remount,ro", _folder));
        var path = Path.Combine(_folder, "draft.txt");
        var (exit, _, error) = CliRunner.Run("fix", path);
        Assert.Equal(2, exit);
        Assert.Contains("Read-only file system", error);
        Assert.Equal(Draft, File.ReadAllText(path));
    }

    public void Dispose()
    {
        if (_mounted) Run("umount", _folder);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static int Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(10_000);
            return process.HasExited ? process.ExitCode : -1;
        }
        catch (System.ComponentModel.Win32Exception) { return -1; }
    }
}
