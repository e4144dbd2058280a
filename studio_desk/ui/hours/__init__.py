"""The Hours screen: coaches' weekly patterns, time off, extra hours and the studio's holidays."""
