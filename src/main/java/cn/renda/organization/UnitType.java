package cn.renda.organization;

/** Type of a handling unit (承办单位): 一府一委两院, departments, street offices. */
public enum UnitType {
    GOVERNMENT,
    DEPARTMENT,
    SUPERVISORY_COMMISSION,
    COURT,
    PROCURATORATE,
    STREET_OFFICE,
    OTHER
}
