namespace Chronicle.Places;

/// <summary>Distances on the Earth's surface.</summary>
public static class GeoMath
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The great-circle distance in kilometres between two points given in degrees (haversine).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public static double DistanceKm(Place a, Place b) => DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude);

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
