-- CreateEnum
CREATE TYPE "CityRole" AS ENUM ('ORGANIZER', 'DOOR');

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "cityRole" "CityRole",
ADD COLUMN     "hostCityId" UUID;

-- AlterTable
ALTER TABLE "CityOrganizer" ADD COLUMN     "role" "CityRole" NOT NULL DEFAULT 'ORGANIZER';

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "HostCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- An invitation to a city's team names the city and the role together.
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_city_team_check" CHECK (("hostCityId" IS NULL) = ("cityRole" IS NULL));
