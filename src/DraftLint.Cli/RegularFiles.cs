using System.Runtime.InteropServices;

namespace DraftLint.Cli;

/// <summary>
/// Whether a path names a regular file (after links): a FIFO, a socket or a device named *.txt is not a text to lint,
/// and opening a FIFO that nobody writes to blocks forever. .NET does not tell a file's type, so on Linux it is asked
/// of the kernel with statx(2), whose buffer has one layout on every architecture; elsewhere every file is taken for a
/// regular one.
/// </summary>
internal static partial class RegularFiles
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const ushort TypeMask = 0xF000;
    private const ushort Regular = 0x8000;

    private static bool _unavailable;

    public static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux() || _unavailable)
        {
            return true;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, Native(path), 0, StatxType, buffer) != 0)
            {
                // Cannot be asked (gone, no permission): reading it will say what is wrong.
                return true;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return true;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) == Regular;
    }

    /// <summary>
    /// A file's number of hard links, owner and group (statx's nlink, uid and gid), which `fix` keeps; null where they
    /// cannot be asked (not Linux, or the call fails).
    /// </summary>
    public static (uint Links, uint Owner, uint Group)? Ownership(string path)
    {
        const uint Basic = 0x7FF;
        if (!OperatingSystem.IsLinux() || _unavailable)
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, Native(path), 0, Basic, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }

        return (BitConverter.ToUInt32(buffer, 16), BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24));
    }

    /// <summary>Gives a file an owner and group (chown(2)); false where the system refuses, as it does to a user who is not root.</summary>
    public static bool TrySetOwnership(string path, uint owner, uint group)
    {
        try
        {
            return OperatingSystem.IsLinux() && !_unavailable && Chown(Native(path), owner, group) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // The path as the kernel takes it: UTF-8, ended by a zero byte.
    private static byte[] Native(string path)
    {
        var name = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, name);
        return name;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown(byte[] path, uint owner, uint group);
}
