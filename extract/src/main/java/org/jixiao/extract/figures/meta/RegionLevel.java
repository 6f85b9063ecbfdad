package org.jixiao.extract.figures.meta;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Region and administrative level from a department's name: 湖南省…厅 is provincial, 益阳市…局
 * a city's, 上海市普陀区…局 a district's (county level), …街道办事处 a township's. The four
 * municipalities are provincial although their names end in 市.
 *
 * @param region the region as printed (湖南省, 益阳市, 上海市普陀区), or null
 * @param level  province | city | county | township, or null
 */
public record RegionLevel(String region, String level) {
    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "上海市", "天津市", "重庆市");
    private static final Pattern PARTS = Pattern.compile(
            "^(中共|政协)?([\\u4e00-\\u9fa5]{2,7}?(?:省|自治区))?([\\u4e00-\\u9fa5]{2,7}?(?:市|自治州|地区|盟))?"
                    + "([\\u4e00-\\u9fa5]{1,6}?(?:区|县|旗))?(?:人民政府)?([\\u4e00-\\u9fa5]{1,6}?(?:街道|镇|乡))?");

    public static RegionLevel of(String department) {
        if (department == null || department.isBlank()) {
            return new RegionLevel(null, null);
        }
        Matcher m = PARTS.matcher(department);
        if (!m.find()) {
            return new RegionLevel(null, null);
        }
        String province = m.group(2);
        String city = m.group(3);
        String county = m.group(4);
        String town = m.group(5);
        String region = join(province, city, county);
        if (town != null) {
            return new RegionLevel(region == null ? town : region, "township");
        }
        if (county != null && (city != null || province != null)) {
            return new RegionLevel(region, "county");
        }
        if (city != null) {
            return new RegionLevel(region, MUNICIPALITIES.contains(city) && province == null ? "province" : "city");
        }
        if (province != null) {
            return new RegionLevel(region, "province");
        }
        return new RegionLevel(null, null);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(p);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
