using System.Text;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// UTF-8 text that depends only on an edge's set of rules (a writer's <c>rules</c> attribute), made the first time
/// a set is written and copied as one block after that: a corpus has a few dozen sets, not a string per edge.
/// Filled by any thread: two threads that race make the same bytes, and either copy will do.
/// </summary>
internal sealed class RuleTable(Func<RelationOrigin, string> text)
{
    private readonly byte[]?[] _runs = new byte[]?[1 << RelationOrigins.All.Count];

    public byte[] this[RelationOrigin rules] => _runs[(int)rules] ??= Encoding.UTF8.GetBytes(text(rules));
}
