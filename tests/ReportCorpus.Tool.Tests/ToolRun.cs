using DuckDB.NET.Data;

namespace ReportCorpus.Tool.Tests;

/// <summary>The tool run in process, with what it printed.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Cli.Run(args, output, error);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => "exit " + ExitCode + "\n" + Output + "\n" + Error;
}

/// <summary>A temporary folder, deleted at the end.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportcorpus-tool-tests", Guid.NewGuid().ToString("N"));

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>SQL against a DuckDB file or, through read_parquet / read_csv, other outputs.</summary>
internal static class Sql
{
    public static T Scalar<T>(string database, string sql)
    {
        using var connection = new DuckDBConnection("Data Source=" + database);
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        object? value = command.ExecuteScalar();
        return (T)System.Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<Dictionary<string, object?>> Rows(string database, string sql)
    {
        using var connection = new DuckDBConnection("Data Source=" + database);
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>The bundled corpus and its reports the tests name.</summary>
internal static class TestCorpus
{
    public static string Folder => Path.Combine(RepositoryRoot.Path, "corpus");

    public static string Ningbo2007 => Path.Combine(Folder, "zones", "宁波国家高新区2007年工作总结和2008年工作安排.txt");

    public static string Ningbo2008 => Path.Combine(Folder, "zones", "宁波国家高新区2008年工作总结和2009年工作安排.txt");

    public static string[] Files => Directory.GetFiles(Folder, "*.txt", SearchOption.AllDirectories);
}
