using Cartograph.Graph;
using Cartograph.Query;

namespace Cartograph.Cli;

/// <summary>Loading the graph.json that the query commands (show, subgraph) read, with one clear message when it cannot be.</summary>
internal static class QueryInput
{
    public static bool TryLoad(ConsoleReport console, string graphFile, out KnowledgeGraph graph) => TryLoad(console, graphFile, out graph, out _);

    public static bool TryLoad(ConsoleReport console, string graphFile, out KnowledgeGraph graph, out int documents)
    {
        graph = new KnowledgeGraph();
        documents = 0;
        string path = Path.GetFullPath(graphFile);
        if (!File.Exists(path))
        {
            console.Error($"graph '{path}' not found.");
            return false;
        }
        try
        {
            (graph, documents, _) = GraphJsonReader.Read(path);
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            console.Error(ex.Message);
            return false;
        }
    }
}
