using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I18ApiConfirm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CandidateConfirmation",
                table: "Interviews",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "NamedCandidateId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_NamedCandidateId",
                table: "Interviews",
                column: "NamedCandidateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interviews_NamedCandidateId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "CandidateConfirmation",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "NamedCandidateId",
                table: "Interviews");
        }
    }
}
