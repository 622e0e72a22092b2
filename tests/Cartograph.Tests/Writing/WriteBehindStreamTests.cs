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
