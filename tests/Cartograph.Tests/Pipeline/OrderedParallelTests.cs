using Cartograph.Pipeline;
using NUnit.Framework;

namespace Cartograph.Tests.Pipeline;

[TestFixture]
public sealed class OrderedParallelTests
{
    [Test]
    public void ResultsReachTheConsumerInIndexOrderWhateverTheThreadCount([Values(1, 2, 4)] int threads)
    {
        var seen = new List<int>();
        OrderedParallel.Run(500, threads, window: 8, i =>
        {
            // uneven work so later items often finish first
            if (i % 7 == 0) Thread.SpinWait(20_000);
            return i * 2;
        }, (i, r) =>
        {
            Assert.That(r, Is.EqualTo(i * 2));
            seen.Add(i);
        });
        Assert.That(seen, Is.EqualTo(Enumerable.Range(0, 500)));
    }

    [Test]
    public void NoMoreThanTheWindowIsInFlightAheadOfTheConsumer()
    {
        int consumed = 0, maxAhead = 0;
        OrderedParallel.Run(300, 2, window: 4, i =>
        {
            int ahead = i - Volatile.Read(ref consumed);
            InterlockedMax(ref maxAhead, ahead);
            return i;
        }, (i, _) => Volatile.Write(ref consumed, i + 1));
        Assert.That(maxAhead, Is.LessThanOrEqualTo(4));
    }

    [Test]
    public void AFailingItemStopsTheRunAndSurfacesItsException()
    {
        var ex = Assert.Throws<AggregateException>(() =>
            OrderedParallel.Run(100, 2, 8, i => i == 40 ? throw new InvalidOperationException("item 40") : i, (_, _) => { }));
        Assert.That(ex!.InnerException, Is.TypeOf<InvalidOperationException>());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
