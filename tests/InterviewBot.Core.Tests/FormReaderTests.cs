using InterviewBot.Core.Conversations;

namespace InterviewBot.Core.Tests;

public class FormReaderTests
{
    private static FormReader Submitted(params (string Id, string Value)[] values) =>
        new(new CardSubmit(Verbs.CreateInterview, Guid.NewGuid(), values.ToDictionary(v => v.Id, v => v.Value)));

    [Fact]
    public void A_required_field_left_empty_is_an_error_on_that_field()
    {
        var form = Submitted(("candidate", "   "));

        Assert.Null(form.Text("candidate", "Candidate name", required: true, 120));

        Assert.False(form.IsValid);
        Assert.Equal("Candidate name is required.", form.Errors["candidate"]);
    }

    [Fact]
    public void An_optional_field_left_empty_is_fine()
    {
        var form = Submitted();

        Assert.Null(form.Text("candidateEmail", "Candidate e-mail", required: false, 200));
        Assert.True(form.IsValid);
    }

    [Fact]
    public void Text_is_trimmed()
    {
        var form = Submitted(("role", "  Backend engineer \n"));

        Assert.Equal("Backend engineer", form.Text("role", "Role", required: true, 120));
        Assert.True(form.IsValid);
    }

    [Fact]
    public void Text_may_be_up_to_the_limit_but_not_longer()
    {
        var form = Submitted(("exact", new string('a', 120)), ("long", new string('a', 121)));

        form.Text("exact", "Role", required: true, 120);
        form.Text("long", "Role", required: true, 120);

        Assert.False(form.Errors.ContainsKey("exact"));
        Assert.Contains("up to 120", form.Errors["long"], StringComparison.Ordinal);
        Assert.Contains("121", form.Errors["long"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-03-05")]
    [InlineData("2027-3-5")]
    [InlineData(" 5.3.2027 ")]
    [InlineData("05.03.2027")]
    [InlineData("5/3/2027")]
    public void Dates_are_read_in_the_usual_formats_day_before_month(string typed)
    {
        var form = Submitted(("date", typed));

        Assert.Equal(new DateOnly(2027, 3, 5), form.Date("date", "Date", required: true));
        Assert.True(form.IsValid);
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("March 5")]
    [InlineData("tomorrow")]
    [InlineData("5.3.27")]
    public void Something_that_is_not_a_date_is_an_error_quoting_what_was_typed(string typed)
    {
        var form = Submitted(("date", typed));

        Assert.Null(form.Date("date", "Date", required: true));

        Assert.Contains($"\"{typed}\" is not a date", form.Errors["date"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("9:05", 9, 5)]
    [InlineData("14:30:00", 14, 30)]
    [InlineData("2:30 pm", 14, 30)]
    [InlineData("2:30 PM", 14, 30)]
    [InlineData("2:30pm", 14, 30)]
    [InlineData("2pm", 14, 0)]
    [InlineData("2 pm", 14, 0)]
    [InlineData("9:15 am", 9, 15)]
    [InlineData("12:15 am", 0, 15)]
    [InlineData("12 pm", 12, 0)]
    public void Times_are_read_on_the_24_and_12_hour_clock(string typed, int hour, int minute)
    {
        var form = Submitted(("time", typed));

        Assert.Equal(new TimeOnly(hour, minute), form.Time("time", "Start time", required: true));
        Assert.True(form.IsValid);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("half past two")]
    [InlineData("14h30")]
    public void Something_that_is_not_a_time_is_an_error_quoting_what_was_typed(string typed)
    {
        var form = Submitted(("time", typed));

        Assert.Null(form.Time("time", "Start time", required: true));

        Assert.Contains($"\"{typed}\" is not a time", form.Errors["time"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("240", 240)]
    public void Numbers_in_range_are_read(string typed, int value) =>
        Assert.Equal(value, Submitted(("minutes", typed)).Number("minutes", "Length", 5, 240, required: false));

    [Theory]
    [InlineData("4")]
    [InlineData("241")]
    [InlineData("thirty")]
    public void Numbers_out_of_range_are_an_error_naming_the_range(string typed)
    {
        var form = Submitted(("minutes", typed));

        Assert.Null(form.Number("minutes", "Length", 5, 240, required: false));
        Assert.Contains("from 5 to 240", form.Errors["minutes"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_zone_is_accepted()
    {
        var form = Submitted(("timeZone", " America/New_York "));

        Assert.Equal("America/New_York", form.TimeZone("timeZone", "Time zone"));
        Assert.True(form.IsValid);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("CET+1")]
    public void An_unknown_zone_is_an_error_naming_it(string typed)
    {
        var form = Submitted(("timeZone", typed));

        Assert.Null(form.TimeZone("timeZone", "Time zone"));

        Assert.Contains($"\"{typed}\"", form.Errors["timeZone"], StringComparison.Ordinal);
    }

    // BUG (via Zones.TryFind, Time/Zones.cs:12-18): "Europe" is a folder of the tz database on
    // Linux, FindSystemTimeZoneById throws SecurityException, and it escapes the form reader, so the
    // settings/new-interview turn fails instead of showing the field error. See ZonesTests.
    [Fact]
    public void A_region_name_typed_as_zone_is_an_error_on_the_field()
    {
        var form = Submitted(("timeZone", "Europe"));

        Assert.Null(form.TimeZone("timeZone", "Time zone"));

        Assert.Contains("\"Europe\"", form.Errors["timeZone"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_zone_is_always_required()
    {
        var form = Submitted();

        Assert.Null(form.TimeZone("timeZone", "Time zone"));
        Assert.Equal("Time zone is required.", form.Errors["timeZone"]);
    }

    [Fact]
    public void Only_the_first_error_of_a_field_is_kept()
    {
        var form = Submitted(("candidateEmail", new string('a', 201)));
        form.Text("candidateEmail", "Candidate e-mail", required: false, 200);

        form.Fail("candidateEmail", "That e-mail address has no @ in it.");

        Assert.Contains("up to 200", Assert.Single(form.Errors).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_sent_back_keeps_what_was_typed_and_shows_each_error_by_its_field()
    {
        var form = Submitted(("candidate", "Zoë Müller"), ("date", "31.02.2027"), ("time", "14:30"));
        form.Text("candidate", "Candidate name", required: true, 120);
        form.Date("date", "Date", required: true);
        form.Time("time", "Start time", required: true);
        form.Text("role", "Role", required: true, 120);

        var fields = form.Echo(
        [
            new FieldView("candidate", "Candidate name"),
            new FieldView("role", "Role", Value: "old default"),
            new FieldView("date", "Date", FieldInputKind.Date),
            new FieldView("time", "Start time", FieldInputKind.Time),
            new FieldView("minutes", "Length", FieldInputKind.Choice, Value: "30"),
        ]).ToDictionary(f => f.Id);

        Assert.Equal(("Zoë Müller", (string?)null), (fields["candidate"].Value, fields["candidate"].Error));
        Assert.Equal("31.02.2027", fields["date"].Value);
        Assert.Contains("not a date", fields["date"].Error, StringComparison.Ordinal);
        Assert.Equal(("14:30", (string?)null), (fields["time"].Value, fields["time"].Error));
        Assert.Null(fields["role"].Value);
        Assert.Equal("Role is required.", fields["role"].Error);
        Assert.Equal("30", fields["minutes"].Value);
    }

    [Fact]
    public void A_new_form_shows_its_defaults_and_no_errors()
    {
        var form = new FormReader(null);

        var field = Assert.Single(form.Echo([new FieldView("timeZone", "Time zone", Value: "Europe/Berlin")]));

        Assert.Equal("Europe/Berlin", field.Value);
        Assert.Null(field.Error);
        Assert.True(form.IsValid);
    }
}
