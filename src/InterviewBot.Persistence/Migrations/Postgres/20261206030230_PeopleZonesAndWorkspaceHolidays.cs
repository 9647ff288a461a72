using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PeopleZonesAndWorkspaceHolidays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DefaultTimeZoneId",
                table: "Workspaces",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            // Edited by hand: existing people get a source that is a member of the enum, from the flag it
            // replaces – chosen in settings, else a zone other than the old default UTC came from the chat
            // client, else the bot knows no zone of theirs – before the flag's column goes.
            migrationBuilder.AddColumn<string>(
                name: "TimeZoneSource",
                table: "People",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Workspace");

            migrationBuilder.Sql("""UPDATE "People" SET "TimeZoneSource" = 'Settings' WHERE "TimeZoneChosen";""");
            migrationBuilder.Sql("""UPDATE "People" SET "TimeZoneSource" = 'ChatClient' WHERE NOT "TimeZoneChosen" AND "TimeZoneId" <> 'UTC';""");

            migrationBuilder.DropColumn(
                name: "TimeZoneChosen",
                table: "People");

            migrationBuilder.CreateTable(
                name: "WorkspaceHolidays",
                columns: table => new
                {
                    Country = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkspaceHolidays", x => new { x.WorkspaceId, x.Country, x.Date });
                    table.ForeignKey(
                        name: "FK_WorkspaceHolidays_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkspaceHolidays");

            migrationBuilder.DropColumn(
                name: "DefaultTimeZoneId",
                table: "Workspaces");

            // Edited by hand: the flag comes back from the source before the source's column goes.
            migrationBuilder.AddColumn<bool>(
                name: "TimeZoneChosen",
                table: "People",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("""UPDATE "People" SET "TimeZoneChosen" = TRUE WHERE "TimeZoneSource" = 'Settings';""");

            migrationBuilder.DropColumn(
                name: "TimeZoneSource",
                table: "People");
        }
    }
}
