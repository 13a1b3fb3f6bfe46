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
            // The path as the kernel takes it: UTF-8, ended by a zero byte.
            var name = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
            System.Text.Encoding.UTF8.GetBytes(path, name);
            if (Statx(AtFdCwd, name, 0, StatxType, buffer) != 0)
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

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
}
