using NUnit.Framework;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

[TestFixture]
public sealed class WriteBehindStreamTests
{
    [Test]
    public void BytesArriveInOrderWhetherWrittenOrHandedOverAsBlocks()
    {
        var expected = new MemoryStream();
        using var dir = new TempDir();
        string path = dir.File("out.bin");
        var rng = new Random(7);
        AtomicFile.Write(path, stream =>
        {
            var sink = new Utf8Sink(stream); // hands whole 1 MiB blocks to the write-behind stream
            for (int i = 0; i < 40_000; i++)
            {
                var piece = new byte[rng.Next(1, 300)];
                rng.NextBytes(piece);
                expected.Write(piece);
                if (i % 1000 == 999)
                {
                    sink.Flush(); // a direct write must land after everything the sink held
                    stream.Write(piece);
                }
                else
                {
                    sink.Write(piece);
                }
            }
            sink.Flush();
        });
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(3 * IBlockTarget.BlockSize));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected.ToArray()));
    }

    [Test]
    public void AfterEachFlushTheFileHoldsEveryByteWrittenSoFarAlsoPartWayThroughADirectStage()
    {
        // the background thread gathers bytes in 4 MB stages written past the page cache (Linux); a flush must still
        // put a part-filled stage into the file, and the stage written whole later must not change those bytes
        using var dir = new TempDir();
        string path = dir.File("flushed.bin");
        var expected = new MemoryStream();
        var rng = new Random(11);
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write))
        using (var stream = new WriteBehindStream(handle))
        {
            while (expected.Length < 2 * DirectWrites.StageSize + 123_457)
            {
                var piece = new byte[rng.Next(1, 900_000)];
                rng.NextBytes(piece);
                stream.Write(piece);
                expected.Write(piece);
                stream.Flush();
                Assert.That(ReadShared(path), Is.EqualTo(expected.ToArray()), $"after {expected.Length} bytes");
            }
            stream.Complete();
        }
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected.ToArray()));
    }

    private static byte[] ReadShared(string path)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var bytes = new byte[f.Length];
        f.ReadExactly(bytes);
        return bytes;
    }

    [Test]
    public void AWriteErrorOnTheBackgroundThreadReachesTheWriter()
    {
        using var dir = new TempDir();
        string path = dir.File("read-only.bin");
        File.WriteAllText(path, "");
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read); // writes to it fail
        using var stream = new WriteBehindStream(handle);
        stream.Write(new byte[3 * IBlockTarget.BlockSize]);
        Assert.That(() => stream.Complete(), Throws.InstanceOf<Exception>());
    }
}
