using System.Text;

namespace DraftLint.Cli.Output;

/// <summary>
/// A write-only stream over a report's <see cref="TextWriter"/>: the UTF-8 a serializer writes is decoded into the
/// writer as it comes (a character split between two writes waits for its last byte), so that a report goes to
/// standard output, a file or a test's StringWriter, in the writer's own encoding, without ever being one string.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly char[] _chars = new char[8192];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            _decoder.Convert(buffer, _chars, flush: false, out var bytesUsed, out var charsUsed, out _);
            writer.Write(_chars, 0, charsUsed);
            buffer = buffer[bytesUsed..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Leaves the writer's own flushing to its owner: a serializer flushes at every buffer it fills.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
