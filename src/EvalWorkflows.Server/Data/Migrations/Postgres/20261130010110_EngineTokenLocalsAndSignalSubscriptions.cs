using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EngineTokenLocalsAndSignalSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LocalsJson",
                table: "wf_tokens",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "wf_subscriptions",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LocalsJson",
                table: "wf_tokens");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "wf_subscriptions");
        }
    }
}
