using DraftLint.Text;

namespace DraftLint.Analysis;

/// <summary>A document to lint: a file on disk, or text held in memory (tests, editors).</summary>
public abstract class LintInput
{
    /// <summary>The path used in every report (relative to the working folder where possible).</summary>
    public abstract string Path { get; }

    /// <summary>Reads and decodes the document.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="System.Text.DecoderFallbackException">The bytes are not text.</exception>
    public abstract SourceText Load();

    /// <summary>False for an input read once and gone (a pipe): what needs its text later must keep it.</summary>
    public virtual bool CanLoadAgain => true;

    public static LintInput FromFile(string path) => new FileInput(path);

    public static LintInput FromText(string path, string text) => new TextInput(path, text);

    private sealed class FileInput(string path) : LintInput
    {
        private volatile bool _pipe;

        public override string Path { get; } = path;

        public override bool CanLoadAgain => !_pipe;

        /// <summary>
        /// Reads the file into a pooled buffer and decodes it from there: the bytes are needed only until the text is
        /// made, and a buffer used again is still in the processor's cache (File.ReadAllBytes made a new array for
        /// every file, and the kernel's copy into fresh memory was a twentieth of a run).
        /// </summary>
        public override SourceText Load()
        {
            using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.Read);

            try
            {
                return ReadAtOffsets(handle);
            }
            catch (NotSupportedException)
            {
                // A pipe (/dev/stdin, a process substitution) cannot be read at offsets, and refuses before giving
                // a byte: read it from start to end.
                _pipe = true;
                using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return SourceText.From(Path, memory.GetBuffer().AsSpan(0, (int)memory.Length));
            }
        }

        private SourceText ReadAtOffsets(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
        {
            var length = RandomAccess.GetLength(handle);
            if (length > Array.MaxLength)
            {
                throw TooLarge();
            }

            // One byte more than the length, so that one read sees the end of the file; a file whose length is not
            // known ahead (0 in /proc) or that grows while it is read makes the buffer grow.
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(length + 1, Array.MaxLength));
            try
            {
                var read = 0;
                while (true)
                {
                    if (read == buffer.Length)
                    {
                        if (buffer.Length >= Array.MaxLength)
                        {
                            throw TooLarge();
                        }

                        var larger = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, 2L * buffer.Length));
                        buffer.AsSpan(0, read).CopyTo(larger);
                        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var n = RandomAccess.Read(handle, buffer.AsSpan(read), read);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                return SourceText.From(Path, buffer.AsSpan(0, read));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }

            static IOException TooLarge() => new($"the file is larger than {Array.MaxLength:N0} bytes");
        }
    }

    private sealed class TextInput(string path, string text) : LintInput
    {
        public override string Path { get; } = path;

        public override SourceText Load() => new(Path, text);
    }
}
