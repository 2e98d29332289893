using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class StudioChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "studio_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_studio_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_studio_changes_Kind_Id",
                table: "studio_changes",
                columns: new[] { "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_studio_changes_Kind_Target_Version",
                table: "studio_changes",
                columns: new[] { "Kind", "Target", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "studio_changes");
        }
    }
}
